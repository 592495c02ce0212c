import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One part of the editor: a card with a heading (a landmark for screen readers) and its fields. */
export function Section({
  id,
  title,
  intro,
  children,
  actions,
}: {
  id: string
  title: string
  intro?: ReactNode
  children: ReactNode
  actions?: ReactNode
}) {
  return (
    <Container className="flex flex-col gap-y-4 p-4 sm:p-6" aria-labelledby={`${id}-heading`} role="region">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2" id={`${id}-heading`} tabIndex={-1} className="outline-none">
            {title}
          </Heading>
          {intro ? (
            <Text size="small" className="text-ui-fg-subtle">
              {intro}
            </Text>
          ) : null}
        </div>
        {actions}
      </div>
      {children}
    </Container>
  )
}
