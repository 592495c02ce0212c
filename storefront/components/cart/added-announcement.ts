"use client"

import { useEffect, useSyncExternalStore } from "react"

/**
 * The last "added to the cart" on this page, kept outside the component that shows it: a form mounted anew (its page
 * rendered again) would otherwise forget the success it came from. Once no form is left (the buyer went on to another
 * page), the message is dropped.
 */
let last: { variantId: string; seq: number } | null = null
let mountedForms = 0
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function announceAdded(variantId: string) {
  last = { variantId, seq: (last?.seq ?? 0) + 1 }
  emit()
}

/** A number that changes with every add of this variant (null before the first), to key the message by. */
export function useLastAdded(variantId: string | null): number | null {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => last,
    () => null,
  )
  useEffect(() => {
    mountedForms++
    return () => {
      mountedForms--
      // A form replaced by its own re-render is mounted again before this runs; only a page left behind clears it.
      setTimeout(() => {
        if (mountedForms === 0 && last) {
          last = null
          emit()
        }
      }, 0)
    }
  }, [])
  return snapshot && snapshot.variantId === variantId ? snapshot.seq : null
}
