import { answersSchema } from '@/lib/site/data-export';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(answersSchema());
}
