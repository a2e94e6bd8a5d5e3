import { css } from 'lit';

/**
 * A list of `<light-plan-card>`s (`<ul class="plans">` of `<li>`s) that reads as a comparison: each card spans
 * the six rows of its `<li>`, which spans six rows of the list, so the name, rates, average prices, documents,
 * dates and button of every card in a row line up, and the cards of a row are equally tall.
 *
 * The columns answer to the list's own width (its parent is the `plan-list` container), not the screen's: one
 * card a row where two of at least 16em do not fit, two where they do, and four across where four of at least
 * 13em do (the usual four plans side by side). Never three and one alone: below four across there are two at
 * most, and four across is at most four (each card at least 22% of the width).
 */
export const planListStyles = css`
  :has(> .plans) {
    container: plan-list / inline-size;
  }
  .plans {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, max(16em, 34%)), 1fr));
  }
  @container plan-list (width >= 58em) {
    .plans {
      grid-template-columns: repeat(auto-fit, minmax(max(13em, 22%), 1fr));
    }
  }
  .plans > li,
  .plans light-plan-card {
    display: grid;
    grid-row: span 6;
    grid-template-rows: subgrid;
  }
`;
