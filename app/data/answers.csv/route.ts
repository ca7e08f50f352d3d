import { answerRecords, answersCsv } from '@/lib/site/data-export';

export const dynamic = 'force-static';

export function GET() {
  return new Response(answersCsv(answerRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
