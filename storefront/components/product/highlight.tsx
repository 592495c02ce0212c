import { Fragment } from "react"

/**
 * The engine marks matches with <mark>…</mark> inside text that exporters
 * wrote; only those marks become elements, everything else stays text, so a
 * title cannot inject markup.
 */
export function Highlight({ text }: { text: string }) {
  const parts = text.split(/(<mark>[\s\S]*?<\/mark>)/g)
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("<mark>") && part.endsWith("</mark>") ? (
          <mark key={i} className="bg-saffron-100 text-inherit">
            {part.slice(6, -7)}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  )
}
