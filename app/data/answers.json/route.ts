import { answerRecords, answersJson } from '@/lib/site/data-export';

export const dynamic = 'force-static';

export function GET() {
  return new Response(answersJson(answerRecords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
