#!/usr/bin/env python3
"""Full sync end to end, as a user sees it: a bva-clone shop (default 10,000 products, ~123,000 orders)
and a fresh bva-server on SQLite or PostgreSQL, both on loopback. The clock runs from the connect call
(POST /api/integrations with the seller's token) until the API lists every product and every order
(GET /api/products and /api/orders report the clone's totals). Prints one JSON line: wall time, the
server's peak RSS (VmHWM) and CPU time, and the simulator's CPU time (it shares the machine).

Usage: run-e2e-sync.py BUILD_DIR [--backend sqlite|postgres] [--products N] [--days D]
                       [--orders-per-day R] [--flavor shopee|lazada]
PostgreSQL: BVA_BENCH_PG (default postgres://bva:bva@127.0.0.1:5432); a database is made and dropped.
"""
import argparse, json, os, shutil, signal, subprocess, sys, tempfile, time, urllib.request, urllib.error

p = argparse.ArgumentParser()
p.add_argument("build")
p.add_argument("--backend", default="sqlite", choices=["sqlite", "postgres"])
p.add_argument("--products", type=int, default=10000)
p.add_argument("--days", type=int, default=365)
p.add_argument("--orders-per-day", type=float, default=274)
p.add_argument("--flavor", default="shopee", choices=["shopee", "lazada"])
p.add_argument("--timeout", type=float, default=600)
p.add_argument("--server-prefix", default="", help="command to run bva-server under, e.g. 'perf record -g -o FILE'")
a = p.parse_args()

tmp = tempfile.mkdtemp(prefix="bva-e2e-")
procs = []
pg_admin = os.environ.get("BVA_BENCH_PG", "postgres://bva:bva@127.0.0.1:5432")
pg_db = None


def cleanup():
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    if pg_db:
        subprocess.run(["psql", pg_admin + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {pg_db}"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp, ignore_errors=True)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0


def call(method, url, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def main():
    global pg_db
    clone = subprocess.Popen([os.path.join(a.build, "clones", "bva-clone"), "--flavor", a.flavor, "--port", "0",
                              "--products", str(a.products), "--days", str(a.days), "--orders-per-day",
                              str(a.orders_per_day), "--sellers", "1", "--end-date", "2025-11-01"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    procs.append(clone)
    ready = json.loads(clone.stdout.readline())
    if a.backend == "sqlite":
        db = f"sqlite:{tmp}/bva.db"
    else:
        pg_db = f"bva_e2e_{os.getpid()}"
        subprocess.run(["psql", pg_admin + "/postgres", "-qc", f"CREATE DATABASE {pg_db}"], check=True,
                       stdout=subprocess.DEVNULL)
        db = f"{pg_admin}/{pg_db}"
    log = open(os.path.join(tmp, "server.log"), "w")
    server = subprocess.Popen(a.server_prefix.split() + [os.path.join(a.build, "app", "bva-server"), "--db", db, "--listen", "127.0.0.1:0",
                               "--memory-vault", "--rate-limit", "0", f"--{a.flavor}-url", ready["url"]],
                              stdout=log, stderr=subprocess.STDOUT, text=True)
    procs.append(server)
    base = None
    for _ in range(600):
        with open(os.path.join(tmp, "server.log")) as f:
            for line in f:
                if "listening on" in line:
                    base = line.split("listening on", 1)[1].split()[0]
        if base:
            break
        time.sleep(0.05)
    if not base:
        sys.exit("bva-server did not start: " + open(os.path.join(tmp, "server.log")).read())
    # Registering answers 202 alike for every email; the account then signs in.
    account = {"email": "bench@bva.test", "password": "bench-password-1", "name": "Bench"}
    status, reg = call("POST", base + "/api/auth/register", account)
    if status >= 300:
        sys.exit(f"register: {status} {reg}")
    status, signed = call("POST", base + "/api/auth/login", account)
    if status >= 300:
        sys.exit(f"login: {status} {signed}")
    session = signed.get("data", signed).get("token")
    cpu_server0 = cpu_seconds(server.pid)
    cpu_clone0 = cpu_seconds(clone.pid)
    start = time.monotonic()
    status, body = call("POST", base + "/api/integrations",
                        {"platform": a.flavor.upper(), "token": ready["token"], "shopId": ready["shopId"],
                         "siteUrl": ready["url"]}, session)
    if status >= 300:
        sys.exit(f"connect: {status} {body}")
    connected = time.monotonic() - start

    def total(path):
        s, b = call("GET", base + path + "?pageSize=1", token=session)
        return (b.get("pagination") or b.get("data", {}).get("pagination") or {}).get("total", -1) if s == 200 else -1

    # The run's progress is cheap to ask; the lists (a COUNT over all orders each) are asked once the
    # run says it is done, so polling does not slow the server it measures.
    integration = body.get("data", body).get("id")
    products = orders = -1
    while time.monotonic() - start < a.timeout:
        s, view = call("GET", f"{base}/api/integrations/{integration}", token=session)
        run = (view.get("data", view).get("lastRun") or {}) if s == 200 else {}
        if run.get("state") not in (None, "running"):
            products, orders = total("/api/products"), total("/api/orders")
            if products >= ready["products"] and orders >= ready["orders"]:
                break
        time.sleep(0.05)
    wall = time.monotonic() - start
    out = {"backend": a.backend, "flavor": a.flavor, "products": products, "orders": orders,
           "cloneProducts": ready["products"], "cloneOrders": ready["orders"], "wallS": round(wall, 2),
           "connectS": round(connected, 2), "serverCpuS": round(cpu_seconds(server.pid) - cpu_server0, 2),
           "cloneCpuS": round(cpu_seconds(clone.pid) - cpu_clone0, 2), "serverPeakRssMb": round(peak_rss_mb(server.pid)),
           "complete": products >= ready["products"] and orders >= ready["orders"]}
    print(json.dumps(out), flush=True)
    with open(os.path.join(tmp, "server.log")) as f:   # the run's own account: store writes, JSON
        for line in f:
            if ("sync run" in line and " in " in line) or os.environ.get("BVA_E2E_LOG"):
                print(line.strip(), file=sys.stderr)
    return 0 if out["complete"] else 1


try:
    code = main()
finally:
    cleanup()
sys.exit(code)
