import { css } from 'lit';

/**
 * A list of `<light-plan-card>`s (`<ul class="plans">` of `<li>`s) that reads as a comparison: each card spans
 * the six rows of its `<li>`, which spans six rows of the list, so the name, rates, average prices, documents,
 * dates and button of every card in a row line up, and the cards of a row are equally tall. Columns are cards of
 * at least 16em, four at most, and never three unless there are exactly three plans: four plans show as four
 * across, two by two or one above the other, never three and one alone.
 */
export const planListStyles = css`
  .plans {
    --_card: 16em;
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    /* Four columns when four fit; otherwise a card wider than a third of the row, so at most two. */
    grid-template-columns: repeat(
      auto-fill,
      minmax(
        min(
          100%,
          max(
            var(--_card),
            (100% - 3 * var(--_space)) / 4,
            min(100% / 3 + 1px, (4 * var(--_card) + 3 * var(--_space) - 100%) * 9999)
          )
        ),
        1fr
      )
    );
  }
  .plans:has(> :nth-child(3):last-child) {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card)), 1fr));
  }
  .plans > li,
  .plans light-plan-card {
    display: grid;
    grid-row: span 6;
    grid-template-rows: subgrid;
  }
`;
