/** The search field in every page's header: a plain form, so it works without JavaScript. */
export function SearchBox() {
  return (
    <form role="search" action="/search/" method="get" className="header-search" aria-label="Search all answers">
      <label htmlFor="site-search" className="visually-hidden">
        Search all answers
      </label>
      <input type="search" id="site-search" name="q" autoComplete="off" placeholder="Search answers" />
      <button type="submit">Search</button>
    </form>
  );
}
