import { Fragment } from 'react';
import { addressPieces } from '@/lib/common/address-breaks';

/** A web address that wraps only between its parts on a narrow screen (lib/common/address-breaks.ts). */
export function WebAddress({ address }: { address: string }) {
  return (
    <>
      {addressPieces(address).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

/** Text with web addresses in it (a citation), each allowed to wrap between its parts. */
export function TextWithAddresses({ text }: { text: string }) {
  return (
    <>{text.split(/(https?:\/\/[^\s)]+)/).map((part, index) => (index % 2 === 1 ? <WebAddress key={index} address={part} /> : part))}</>
  );
}
