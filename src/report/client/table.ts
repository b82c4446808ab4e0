// Sortable, searchable, paged tables over the rows already in the page (the static HTML is
// the data; nothing is re-rendered from JSON).
const PAGE = 50;

export interface Enhanced {
  refresh(): void;
}

export function enhanceTable(table: HTMLTableElement): Enhanced {
  const body = table.tBodies[0]!;
  const rows = Array.prototype.slice.call(body.rows) as HTMLTableRowElement[];
  const bar = document.createElement("div");
  bar.className = "pager";
  const search = document.createElement("input");
  search.type = "search";
  search.placeholder = "search this table";
  search.id = `${table.id}-search`;
  const prev = button("‹ previous"), next = button("next ›");
  const status = document.createElement("span");
  bar.appendChild(search);
  bar.appendChild(prev);
  bar.appendChild(next);
  bar.appendChild(status);
  const box = table.parentElement!;
  box.parentElement!.insertBefore(bar, box);
  let page = 0;
  let sortCol = -1, sortDir = 1;

  const refresh = () => {
    const q = search.value.trim().toLowerCase();
    const visible: HTMLTableRowElement[] = [];
    for (const r of rows) {
      const hit = !q || (r.textContent || "").toLowerCase().indexOf(q) >= 0;
      if (r.classList.contains("filtered") === hit) r.classList.toggle("filtered");
      if (hit && !r.classList.contains("hopout")) visible.push(r);
    }
    const pages = Math.max(1, Math.ceil(visible.length / PAGE));
    page = Math.min(page, pages - 1);
    for (const r of rows) r.classList.add("pageout");
    visible.slice(page * PAGE, page * PAGE + PAGE).forEach((r) => r.classList.remove("pageout"));
    status.textContent = visible.length
      ? `rows ${page * PAGE + 1}–${Math.min(visible.length, page * PAGE + PAGE)} of ${visible.length} (page ${page + 1} of ${pages})`
      : "no row matches";
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  };
  search.oninput = () => { page = 0; refresh(); };
  prev.onclick = () => { page--; refresh(); };
  next.onclick = () => { page++; refresh(); };
  const heads = table.tHead ? table.tHead.rows[0]!.cells : ([] as unknown as HTMLCollectionOf<HTMLTableCellElement>);
  Array.prototype.forEach.call(heads, (th: HTMLTableCellElement, i: number) => {
    th.onclick = () => {
      sortDir = sortCol === i ? -sortDir : th.classList.contains("num") ? -1 : 1;
      sortCol = i;
      rows.sort((a, b) => sortDir * compare(key(a, i), key(b, i)));
      rows.forEach((r) => body.appendChild(r));
      page = 0;
      refresh();
    };
  });
  refresh();
  return { refresh };
}

function key(row: HTMLTableRowElement, i: number): string {
  const cell = row.cells[i];
  if (!cell) return "";
  const v = cell.getAttribute("data-v");
  return v !== null ? v : cell.textContent || "";
}

function compare(a: string, b: string): number {
  const x = Number(a), y = Number(b);
  if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function button(text: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  return b;
}
