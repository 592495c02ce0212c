import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { cluster, clusterPorts, HAPROXY_CFG, haproxyEnv } from "../lib/cluster"
import { ConfigError, configFromEnv } from "../lib/config"

const config = (env: NodeJS.ProcessEnv = {}) =>
  configFromEnv({ BOZOR_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "bozor-cluster-")), ...env })

describe("the cluster's configuration", () => {
  it("puts the balancers on the public ports and the instances on ports of their own", () => {
    const ports = clusterPorts({})
    expect(ports).toEqual({ redis: 6379, servers: [9601, 9602], worker: 9603, storefronts: [8601, 8602], stats: 9604 })
    const env = haproxyEnv(config(), ports)
    expect(env).toMatchObject({
      BOZOR_API_BIND: ":9000",
      BOZOR_SHOP_BIND: ":8000",
      BOZOR_MEDUSA_SERVER_2: "127.0.0.1:9602",
      BOZOR_STOREFRONT_1: "127.0.0.1:8601",
    })
  })

  it("names the variable and the value of a bad instance port list", () => {
    expect(() => clusterPorts({ CLUSTER_SERVER_PORTS: "9601" })).toThrow(ConfigError)
    expect(() => clusterPorts({ CLUSTER_STOREFRONT_PORTS: "8601,x" })).toThrow(/CLUSTER_STOREFRONT_PORTS .* got "8601,x"/)
    expect(() => clusterPorts({ REDIS_PORT: "70000" })).toThrow(/REDIS_PORT/)
  })

  it("runs on its own Redis unless REDIS_URL names one, and hands REDIS_URL to every process's environment", () => {
    const own = cluster(config(), clusterPorts({ REDIS_PORT: "6311" }))
    expect(own.config.redisUrl).toBe("redis://127.0.0.1:6311")
    expect(own.config.env.REDIS_URL).toBe("redis://127.0.0.1:6311")
    expect(own.topology.ports.map((p) => p.variable)).toContain("REDIS_PORT")

    const given = cluster(config({ REDIS_URL: "redis://cache:6379" }), clusterPorts({}))
    expect(given.config.redisUrl).toBe("redis://cache:6379")
    expect(given.config.env.REDIS_URL).toBe("redis://cache:6379")
    expect(given.topology.ports.map((p) => p.variable)).not.toContain("REDIS_PORT")
  })

  it("gives HAProxy a configuration it accepts, checking Medusa's readiness", () => {
    const env = haproxyEnv(config(), clusterPorts({}))
    const out = execFileSync("/usr/sbin/haproxy", ["-c", "-f", HAPROXY_CFG], { env, encoding: "utf8" })
    expect(out).toMatch(/Configuration file is valid/)
    expect(readFileSync(HAPROXY_CFG, "utf8")).toMatch(/http-check send meth GET uri \/health\/ready/)
  })
})
