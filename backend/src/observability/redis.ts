import Redis from "ioredis"

let client: Redis | undefined

/**
 * One connection per process for what operators ask of Redis (is it there, how deep are the queues), apart from
 * Medusa's own: it fails fast while Redis is away (no offline queue, one try) and reconnects by itself.
 */
function operationsRedis(url: string): Redis {
  if (!client) {
    client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 })
    // A Redis that is away shows in readiness; its connection errors would otherwise flood the log while it is.
    client.on("error", () => {})
  }
  return client
}

export async function pingRedis(url: string) {
  const redis = operationsRedis(url)
  if (redis.status === "wait") await redis.connect()
  await redis.ping()
}

/** Medusa's BullMQ queues: the event bus's (prefixed with its class name) and the workflow engine's. */
const QUEUES = [
  { name: "events", key: "RedisEventBusService:events-queue" },
  { name: "workflows", key: "bull:medusa-workflows" },
  { name: "workflow-jobs", key: "bull:medusa-workflows-jobs" },
]

/** Jobs per queue and state, as BullMQ keeps them (lists for waiting and active jobs, sorted sets for the rest). */
export async function queueDepths(url: string): Promise<{ queue: string; state: string; jobs: number }[]> {
  const redis = operationsRedis(url)
  if (redis.status === "wait") await redis.connect()
  const pipeline = redis.pipeline()
  for (const { key } of QUEUES) {
    pipeline
      .llen(`${key}:wait`)
      .zcard(`${key}:prioritized`)
      .llen(`${key}:paused`)
      .llen(`${key}:active`)
      .zcard(`${key}:delayed`)
      .zcard(`${key}:failed`)
  }
  const counts = ((await pipeline.exec()) ?? []).map(([error, n]) => {
    if (error) throw error
    return Number(n)
  })
  return QUEUES.flatMap(({ name }, i) => {
    const [wait, prioritized, paused, active, delayed, failed] = counts.slice(i * 6, i * 6 + 6)
    return [
      { queue: name, state: "waiting", jobs: wait + prioritized + paused },
      { queue: name, state: "active", jobs: active },
      { queue: name, state: "delayed", jobs: delayed },
      { queue: name, state: "failed", jobs: failed },
    ]
  })
}
