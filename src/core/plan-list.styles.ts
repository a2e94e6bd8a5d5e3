import { css } from 'lit';

/**
 * A list of `<light-plan-card>`s (`<ul class="plans">` of `<li>`s) that reads as a comparison: each card spans
 * the six rows of its `<li>`, which spans six rows of the list, so the name, rates, average prices, documents,
 * dates and button of every card in a row line up, and the cards of a row are equally tall. Two columns at most
 * (cards of at least 16em): four plans show two by two or one above the other, never three and one alone.
 */
export const planListStyles = css`
  .plans {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(16em, 34%)), 1fr));
  }
  .plans > li,
  .plans light-plan-card {
    display: grid;
    grid-row: span 6;
    grid-template-rows: subgrid;
  }
`;
