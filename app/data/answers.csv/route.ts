import { answerRecords, answersCsv } from '@/lib/site/data-export';
import { getSite } from '@/lib/site/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(answersCsv(answerRecords(getSite())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
