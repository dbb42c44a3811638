"""The Markdown table of a benchmark run (bench/run.sh): each scenario's figure beside its target from
shared/benchmarks.md and its ratio to the ceiling measured in the same run. With --check, also fails (exit 1) when
a scenario is missing or served nothing, or a submission was lost or duplicated: the smoke run of the test suite."""
import json
import sys

r = json.load(open(sys.argv[1]))
check = "--check" in sys.argv
d = r["driver"]
m = r["machine"]


def served(name):
    x = r[name]["result"]
    return (x["requests"] - x["errors"]["status"]) / x["seconds"]


def shed(name):
    x = r[name]["result"]
    return x["errors"]["status"] / x["seconds"]


def lat(name, p):
    return r[name]["result"]["latency_ms"][p]


def errors(name):
    e = r[name]["result"]["errors"]
    return e["connect"] + e["read"] + e["write"] + e["timeout"]


c1 = served("C1")
c2 = d["C2"]["selects_per_second"]
c3 = d["C3"]
p4_rate = served("P4")
p5 = d["P5"]
p6 = d["P6"]
p7 = r.get("P7_load") or {}
export = d["P7_export"]
stored = d["P5_P6_stored_check"]
sql2 = d["P2_sql"]
sql3 = d["P3_sql"]


def mark(ok):
    return "met" if ok else "**missed**"


rows = [
    ("C1", "static file, same WildFly", f"{c1:,.0f} req/s", "ceiling", "1.00 of C1"),
    ("C2", "primary-key selects, JDBC", f"{c2:,.0f} selects/s", "ceiling", ""),
    ("C3", "bare PDFBox, same text and font", f"{c3['pdfs_per_second']:,.1f} PDFs/s, "
     f"{c3['ms_per_pdf_one_thread']:.1f} ms each", "ceiling", ""),
    ("P1", "public declaration pages (1,000 in turn)", f"{served('P1'):,.0f} req/s, p95 {lat('P1', 'p95'):.0f} ms",
     f"≥ 300 req/s, p95 ≤ 150 ms: {mark(served('P1') >= 300 and lat('P1', 'p95') <= 150)}",
     f"{served('P1') / c1:.3f} of C1"),
    ("P2", "API page of 100 meetings, first", f"{served('P2_first'):,.0f} req/s, p95 {lat('P2_first', 'p95'):.0f} ms",
     f"≥ 1,000 req/s: {mark(served('P2_first') >= 1000)}", f"{served('P2_first') / c1:.3f} of C1"),
    ("P2", "API page of 100 meetings, last (keyset)", f"{served('P2_last'):,.0f} req/s, p50 {lat('P2_last', 'p50'):.0f} ms",
     f"last ≤ 2× first: {mark(lat('P2_last', 'p50') <= 2 * lat('P2_first', 'p50'))} "
     f"({lat('P2_last', 'p50') / max(lat('P2_first', 'p50'), 0.01):.2f}×)", f"{served('P2_last') / c1:.3f} of C1"),
    ("P2", "the same pages in SQL: keyset vs OFFSET", f"keyset first {sql2['keyset_first_page_ms']} ms, last "
     f"{sql2['keyset_last_page_ms']} ms; OFFSET middle {sql2['offset_middle_page_ms']} ms, last "
     f"{sql2['offset_last_page_ms']} ms", "shown beside", ""),
    ("P3", "meeting search, 8 queries in turn (Greek, Latin, filters)", f"{served('P3'):,.0f} req/s, p95 {lat('P3', 'p95'):.0f} ms",
     f"≥ 100 req/s, p95 ≤ 200 ms: {mark(served('P3') >= 100 and lat('P3', 'p95') <= 200)}", f"{served('P3') / c1:.3f} of C1"),
    ("P3", "one word in SQL: the register's query vs LIKE '%word%'",
     "; ".join(f"{w}: " + ", ".join(f"{k} {v} ms" for k, v in t.items()) for w, t in sql3.items()), "shown beside", ""),
    ("P4", "PDF of the largest recent public asset declaration, 4 connections",
     f"{p4_rate:,.1f} PDFs/s, p95 {lat('P4', 'p95'):.0f} ms; cold first {r['P4_cold_first_pdf_seconds'] * 1000:.0f} ms",
     f"≥ 40/s, p95 ≤ 120 ms: {mark(p4_rate >= 40 and lat('P4', 'p95') <= 120)}",
     f"time per PDF {c3['pdfs_per_second'] / max(p4_rate, 0.01):.2f}× C3's, both on all cores (target ≤ 1.5)"),
    ("P5", f"submissions of ~50 items, {p5['workers']} filers at once", f"{p5['stored_per_second']:,.1f} stored/s, "
     f"p99 {p5['latency_ms']['p99']:.0f} ms, {p5['refused'] + p5['failed']} errors",
     f"≥ 50/s, p99 ≤ 500 ms: {mark(p5['stored_per_second'] >= 50 and p5['latency_ms']['p99'] <= 500)}", ""),
]
s6 = p6["submissions"]
plan = p6["plan"]


def wrk_totals(x):
    if not x:
        return 0, 0, 0, 0.0
    e = x["errors"]
    return x["requests"] - e["status"], e["status"], e["connect"] + e["read"] + e["write"] + e["timeout"], \
        x["latency_ms"]["p99"]


pub_served, pub_shed, pub_errors, pub_p99 = wrk_totals(p6["public"]["whole_run"])
sp_served, sp_shed, sp_errors, sp_p99 = wrk_totals(p6["public"]["spike_extra"])
fg_served, fg_shed, fg_errors, fg_p99 = wrk_totals(p6["public"].get("spike_forged_session_cookies"))
recovered = p6["recovered_seconds_after_spike"]
rows.append(("P6", f"deadline rush: {plan['submissions_per_second']} submissions/s + {plan['public_per_second']} public "
             f"req/s for {plan['steady_seconds']} s, ×{plan['spike_factor']} for {plan['spike_seconds']} s, then "
             f"{plan['recovery_seconds']} s steady",
             f"{s6['stored']:,} of {s6['submissions']:,} stored, p99 {s6['latency_ms_steady']['p99']:.0f} ms steady, "
             f"{s6['latency_ms_spike']['p99']:.0f} ms in the spike; public {pub_served + sp_served:,} served, "
             f"{pub_shed + sp_shed:,} turned away (503 + Retry-After), {pub_errors + sp_errors:,} errors or timeouts, "
             f"p99 of all public answers {max(pub_p99, sp_p99):.0f} ms; in the spike, {fg_served + fg_shed:,} requests with "
             f"forged session cookies: {fg_served:,} answered in the sign-in lane, {fg_shed:,} turned away, "
             f"{fg_errors:,} errors; filing calm again {recovered} s after the spike",
             f"< 0.1% errors, p99 ≤ 1 s: {mark(s6['submissions'] > 0 and s6['error_rate'] < 0.001 and s6['latency_ms_spike']['p99'] <= 1000)}; "
             f"recovered ≤ 60 s: {mark(recovered is not None and recovered <= 60)}; shed, not timed out: "
             f"{mark(pub_errors + sp_errors == 0)}",
             ""))
rows.append(("P5+P6", "every submission checked in the database", f"{stored['attempts_checked']:,} checked: "
             f"{stored['lost']} lost, {stored['duplicated']} duplicated", f"none lost or duplicated: "
             f"{mark(stored['lost'] == 0 and stored['duplicated'] == 0)}", ""))
if p7:
    rows.append(("P7", "scale data load (all tables, JDBC batches)", f"{p7['rows_per_second']:,} rows/s "
                 f"({p7['rows']:,} rows in {p7['seconds']} s); declaration versions {p7['versions_per_second']:,}/s",
                 f"≥ 10k rows/s: {mark(p7['rows_per_second'] >= 10000)} (versions alone: "
                 f"{mark(p7['versions_per_second'] >= 10000)})", ""))
rows.append(("P7", "open data export: change file + full snapshot, CSV and JSON", f"{export['records_per_second']:,.0f} "
             f"records/s ({export['records_written']:,} in {export['seconds']} s); server memory "
             f"{export['server_resident_mb_before']} → {export['server_resident_mb_peak']} MB",
             f"≥ 50k rows/s in constant memory: {mark(export['records_per_second'] >= 50000)}", ""))
p9 = d.get("P9")
if p9:
    rows.append(("P9", f"import of a {p9['file_mb']} MB workbook ({p9['rows']:,} meetings): upload checked, rows staged, "
                 f"chunks applied", f"live heap {p9['live_mb_before']} MB before, peak {p9['live_mb_peak']} MB "
                 f"(what is live, every 3 s), {p9['live_mb_after']} MB after; heap with garbage peak "
                 f"{p9['heap_mb_peak']} MB; "
                 f"upload {p9['upload_seconds']} s, staged in {p9['staged_seconds']} s, "
                 f"{p9['rows_applied']:,} rows applied ({p9['rows_applied_per_second']:,}/s)",
                 "constant memory (issue 19): shown", ""))
rows.append(("P8", "start to first page", f"fresh (schema, demo data) {r['P8_first_page_seconds_fresh']} s; "
             f"restart with the data {r['P8_first_page_seconds_restart']} s",
             f"≤ 30 s: {mark(r['P8_first_page_seconds_restart'] <= 30)}", ""))

data = r["data"]
print(f"# Benchmark {r['size']} at {r['commit']}\n")
print(f"{m['cores']} cores, {m['memory_gb']} GB, {m['jdk']}, {m['database']}; {data['officials']:,} officials, "
      f"{data['declaration_versions']:,} declaration versions, {data['meetings']:,} meetings, "
      f"{data['organisations']:,} organisations. Reads under wrk, 2 threads, {r['duration']} per scenario after a "
      f"warm-up; latencies over all answers; served = answered 2xx/3xx.\n")
print("| id | scenario | measured | target | ratio |")
print("|---|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(str(c) for c in row) + " |")

if check:
    problems = []
    for name in ["C1", "P1", "P2_first", "P2_last", "P3", "P4"]:
        answers = r[name]["result"]["errors"]
        if served(name) <= 0 or errors(name) > 0 or answers.get("failed", 0) > 0:
            problems.append(f"{name}: {served(name):.0f} served, {errors(name)} errors, "
                            f"{answers.get('failed', 0)} answered 4xx/5xx, {answers.get('shed', 0)} turned away (503)")
    if p9 and (p9["upload_answer"] != 302 or not p9["rows_applied"]):
        problems.append(f"P9: the upload answered {p9['upload_answer']}, {p9['rows_applied']} rows applied")
    if p5["stored"] == 0 or s6["stored"] == 0:
        problems.append("no submission stored")
    if stored["lost"] or stored["duplicated"]:
        problems.append(f"{stored['lost']} lost, {stored['duplicated']} duplicated")
    reg = r.get("register", {})
    if not reg.get("integrity_ok") or reg.get("in_review") != reg.get("filings") \
            or reg.get("audited") != reg.get("versions"):
        problems.append(f"the register's own records: {reg}")
    if export["answer"] != 302 or export["records_written"] == 0:
        problems.append(f"the export answered {export['answer']} with {export['records_written']} records")
    if problems:
        print("\nThe benchmark does not work: " + "; ".join(problems), file=sys.stderr)
        sys.exit(1)
