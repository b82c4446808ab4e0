// Hover details: the static SVG carries <title> elements (native tooltips without
// JavaScript); with JavaScript they move into data-tip and show in one styled box.
export function initTips(tip: HTMLElement | null): void {
  if (!tip) return;
  document.querySelectorAll("svg title").forEach((t) => {
    const parent = t.parentElement || (t.parentNode as Element | null);
    if (!parent) return;
    parent.setAttribute("data-tip", t.textContent || "");
    parent.removeChild(t);
  });
  document.addEventListener("mousemove", (e) => {
    const target = e.target as Element | null;
    const el = target && target.closest ? target.closest("[data-tip]") : null;
    if (!el) {
      tip.style.display = "none";
      return;
    }
    tip.textContent = el.getAttribute("data-tip");
    tip.style.display = "block";
    const x = Math.min(e.clientX + 14, window.innerWidth - 430);
    tip.style.left = `${Math.max(4, x)}px`;
    tip.style.top = `${e.clientY + 14}px`;
  });
}
