import { answerRecords, answersJson } from '@/lib/site/data-export';
import { getSite } from '@/lib/site/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(answersJson(answerRecords(getSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
