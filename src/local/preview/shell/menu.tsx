/**
 * Extensions → Influencer KPIs → the add-on's items, as onOpen built them: a menu bar button,
 * the add-on's submenu, its items. Keyboard: Enter or Space opens, arrows move, Escape closes.
 */
import { useEffect, useRef, useState } from "preact/hooks";

interface MenuProps {
  readonly title: string;
  readonly items: readonly { readonly label: string; readonly run: string }[];
  readonly run: (run: string) => void;
}

export function ExtensionsMenu({ title, items, run }: MenuProps) {
  const [open, setOpen] = useState<"none" | "extensions" | "addon">("none");
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen("none");
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);
  useEffect(() => {
    const selector = open === "addon" ? ".submenu [role=menuitem]" : ".menu > [role=menuitem]";
    if (open !== "none") root.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [open]);
  const moveFocus = (event: KeyboardEvent) => {
    const list = (event.currentTarget as HTMLElement).closest("[role=menu]");
    const entries = [...(list?.querySelectorAll<HTMLElement>(":scope > [role=menuitem]") ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === "ArrowDown") entries[(at + 1) % entries.length]?.focus();
    else if (event.key === "ArrowUp") entries[(at - 1 + entries.length) % entries.length]?.focus();
    else if (event.key === "Escape") setOpen("none");
    else return;
    event.preventDefault();
  };
  return (
    <div class="menubar" ref={root}>
      <button
        type="button"
        class="menubar-item"
        aria-haspopup="menu"
        aria-expanded={open !== "none"}
        onClick={() => setOpen(open === "none" ? "extensions" : "none")}
      >
        Extensions
      </button>
      {open !== "none" ? (
        <div class="menu" role="menu" aria-label="Extensions">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === "addon"}
            onClick={() => setOpen("addon")}
            onMouseEnter={() => setOpen("addon")}
            onKeyDown={(event) => {
              if (event.key === "ArrowRight") setOpen("addon");
              else moveFocus(event);
            }}
          >
            {title} <span aria-hidden="true">▸</span>
          </button>
          {open === "addon" ? (
            <div class="menu submenu" role="menu" aria-label={title}>
              {items.map((item) => (
                <button
                  key={item.run}
                  type="button"
                  role="menuitem"
                  onKeyDown={(event) => {
                    if (event.key === "ArrowLeft") setOpen("extensions");
                    else moveFocus(event);
                  }}
                  onClick={() => {
                    setOpen("none");
                    run(item.run);
                  }}
                >
                  {item.label}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
