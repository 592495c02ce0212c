"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"

/** Re-reads the page every two seconds while the payment is settled outside the shop (the webhook completes the order). */
export function WaitForPayment({ seconds = 2 }: { seconds?: number }) {
  const router = useRouter()
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000)
    return () => clearInterval(timer)
  }, [router, seconds])
  return null
}
