import type { Council } from '@/lib/content';

const IPSEA = 'https://www.ipsea.org.uk/';

/** Where a family can ask a council's SEND services, and independent advice, when no answer here helps. */
export function WhereToAsk({ council }: { council: Council }) {
  return (
    <ul>
      <li>
        {council.localOffer ? (
          <>
            <a href={council.localOffer}>{council.shortName}’s SEND Local Offer</a>: what the council says is available, and how to ask its
            SEND team.
          </>
        ) : (
          <>
            {council.name} must publish a SEND Local Offer: search for “{council.shortName} SEND Local Offer”.
          </>
        )}
      </li>
      <li>
        {council.sendiass ? (
          <>
            <a href={council.sendiass.url}>{council.sendiass.name}</a>: free, independent and confidential advice for families.
          </>
        ) : (
          <>
            Every area has a free, independent SEND information, advice and support service (SENDIASS): search for “{council.shortName}{' '}
            SENDIASS”.
          </>
        )}
      </li>
    </ul>
  );
}

/** Help for every family, whatever their council. */
export function NationalHelp() {
  return (
    <p>
      <a href={IPSEA}>IPSEA</a> gives free legal advice about SEND across England. We add councils’ documents as they are published, so an
      answer may appear here later.
    </p>
  );
}
