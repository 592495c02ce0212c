import { closestCenter, DndContext, PointerSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core"
import { rectSortingStrategy, SortableContext, useSortable } from "@dnd-kit/sortable"
import { CSS } from "@dnd-kit/utilities"
import { ArrowDownMini, ArrowUpMini, DotsSix, Trash } from "@medusajs/icons"
import { Alert, Button, IconButton, Text } from "@medusajs/ui"
import { useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import { formatMegabytes } from "../../i18n/format"
import type { ApiError } from "../../lib/errors"
import { checkImages, IMAGE_TYPES, move } from "../../lib/images"
import type { ListingImage } from "../../lib/types"
import { Section } from "./section"

/**
 * The listing's pictures: chosen files are checked for type and size before anything is uploaded; the order is
 * set by dragging (mouse or touch) or by the arrow buttons (keyboard), and announced.
 */
export function ImagesSection(props: {
  images: ListingImage[]
  canUpload: boolean
  onUpload: (files: File[]) => Promise<void>
  onReorder: (ids: string[]) => Promise<void>
  onRemove: (id: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const locale = currentLocale()
  const input = useRef<HTMLInputElement>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const [announcement, setAnnouncement] = useState("")
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
  )

  async function choose(files: File[]) {
    const { accepted, refused } = checkImages(files)
    setProblems(
      refused.map(({ file, problem }) =>
        problem === "type"
          ? t("images.wrongType", { name: file.name })
          : t("images.tooLarge", { name: file.name, size: formatMegabytes(file.size, locale) }),
      ),
    )
    if (input.current) input.current.value = ""
    if (!accepted.length) return
    await run(() => props.onUpload(accepted))
  }

  async function run(work: () => Promise<void>) {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  async function reorder(from: number, to: number) {
    const next = move(props.images, from, to)
    if (next === props.images) return
    setAnnouncement(t("images.moved", { n: next.indexOf(props.images[from]) + 1 }))
    await run(() => props.onReorder(next.map((image) => image.id)))
  }

  function onDragEnd(event: DragEndEvent) {
    if (!event.over || event.active.id === event.over.id) return
    const from = props.images.findIndex((image) => image.id === event.active.id)
    const to = props.images.findIndex((image) => image.id === event.over!.id)
    void reorder(from, to)
  }

  return (
    <Section
      id="images"
      title={t("editor.sections.images")}
      intro={t("images.hint")}
      actions={
        props.canUpload ? (
          <>
            <input
              ref={input}
              id="image-files"
              type="file"
              multiple
              accept={IMAGE_TYPES.join(",")}
              className="sr-only"
              onChange={(e) => void choose(Array.from(e.target.files ?? []))}
            />
            <Button type="button" variant="secondary" size="small" isLoading={busy} onClick={() => input.current?.click()}>
              {t("images.add")}
            </Button>
          </>
        ) : null
      }
    >
      {!props.canUpload ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("editor.saveBeforeUpload")}
        </Text>
      ) : null}
      {problems.length ? (
        <Alert variant="error" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {error ? (
        <Alert variant="error" role="alert">
          {error.message}
        </Alert>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {props.images.length ? (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            {t("images.dragHint")}
          </Text>
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
            <SortableContext items={props.images.map((image) => image.id)} strategy={rectSortingStrategy}>
              <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="listing-images">
                {props.images.map((image, index) => (
                  <SortableImage
                    key={image.id}
                    image={image}
                    index={index}
                    count={props.images.length}
                    disabled={busy}
                    onMove={(to) => void reorder(index, to)}
                    onRemove={() => void run(() => props.onRemove(image.id))}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        </>
      ) : props.canUpload ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("images.none")}
        </Text>
      ) : null}
    </Section>
  )
}

function SortableImage(props: {
  image: ListingImage
  index: number
  count: number
  disabled: boolean
  onMove: (to: number) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: props.image.id })
  const n = props.index + 1
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`bg-ui-bg-base shadow-elevation-card-rest flex flex-col overflow-hidden rounded-lg ${isDragging ? "z-10 opacity-80" : ""}`}
      data-image-id={props.image.id}
    >
      {/* Dragging is for pointers; keyboard users have the buttons below, so the handle stays out of the tab order. */}
      <div
        {...attributes}
        {...listeners}
        tabIndex={-1}
        role="presentation"
        aria-roledescription={undefined}
        className="relative cursor-grab touch-none"
      >
        <img
          src={props.image.url}
          alt={t("images.alt", { n, count: props.count })}
          className="aspect-square w-full object-cover"
          draggable={false}
        />
        <DotsSix className="text-ui-fg-on-color absolute left-1 top-1 drop-shadow" aria-hidden />
      </div>
      <div className="flex items-center justify-between gap-x-1 p-1">
        <span className="txt-compact-xsmall text-ui-fg-subtle px-1 tabular-nums">{n}</span>
        <div className="flex gap-x-1">
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={t("images.moveUp", { n })}
            disabled={props.disabled || n === 1}
            onClick={() => props.onMove(props.index - 1)}
          >
            <ArrowUpMini />
          </IconButton>
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={t("images.moveDown", { n })}
            disabled={props.disabled || n === props.count}
            onClick={() => props.onMove(props.index + 1)}
          >
            <ArrowDownMini />
          </IconButton>
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={t("images.remove", { n })}
            disabled={props.disabled}
            onClick={props.onRemove}
          >
            <Trash />
          </IconButton>
        </div>
      </div>
    </li>
  )
}
