import { formatPartialDate, type Entry, type SourceDocument } from '@/lib/content';
import { isOlderThan } from '@/lib/site/age';
import { Notice } from './Notice';

const OLD_AFTER_YEARS = 3;

/** What a reader should know before relying on this answer: its age, and whether it was answered. */
export function AnswerNotices({ entry, source, today = new Date() }: { entry: Entry; source: SourceDocument; today?: Date }) {
  const when = formatPartialDate(source.date);
  const old = isOlderThan(source.date, OLD_AFTER_YEARS, today);
  return (
    <>
      {old === undefined && (
        <Notice title="We do not know how old this answer is">
          <p>
            The document does not say when it was written, so this answer may be out of date. Services, names and rules may have changed
            since. Check with the council or your local SENDIASS before you rely on it.
          </p>
        </Notice>
      )}
      {old === true && (
        <Notice title="This answer is more than three years old">
          <p>
            It was given {source.date.length === 10 ? 'on' : 'in'} {when}. Services, names and rules may have changed since. Check with the
            council or your local SENDIASS before you rely on it.
          </p>
        </Notice>
      )}
      {entry.status === 'deferred' && (
        <Notice title="The council promised to answer this later">
          <p>The document does not answer this question. It says an answer would be given later, for example at a future meeting.</p>
        </Notice>
      )}
    </>
  );
}
