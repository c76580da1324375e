#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The OrgDesk authors
# SPDX-License-Identifier: MIT
"""The listing baseline: what an admin's own script costs to fetch every project.

Fetches all pages of GET /organization/projects (limit=100, include_archived=false), one after
another over ONE keep-alive connection with Python's http.client, and parses each page with
json. Prints one JSON line: {"ms", "requests", "projects"}. Standard library only.

    OPENAI_ADMIN_KEY=... baseline_list.py --base-url http://127.0.0.1:PORT/v1
"""
import argparse
import http.client
import json
import os
import statistics
import sys
import time
import urllib.parse


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", default=os.environ.get("OPENAI_ADMIN_KEY",
                                                         "sk-admin-sandbox-0123456789abcdef"))
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.base_url)
    path = url.path.rstrip("/") + "/organization/projects"
    headers = {"Authorization": "Bearer " + args.key, "Accept": "application/json"}

    start = time.perf_counter()
    connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
    projects = []
    requests = 0
    after = None
    round_trips, turnarounds = [], []
    answered = None
    while True:
        query = {"limit": str(args.limit), "include_archived": "false"}
        if after:
            query["after"] = after
        sent = time.perf_counter()
        if answered is not None:
            turnarounds.append((sent - answered) * 1000.0)
        connection.request("GET", path + "?" + urllib.parse.urlencode(query), headers=headers)
        response = connection.getresponse()
        body = response.read()
        answered = time.perf_counter()
        round_trips.append((answered - sent) * 1000.0)
        requests += 1
        if response.status != 200:
            print(json.dumps({"error": "HTTP %d: %s" % (response.status, body[:200].decode(errors="replace"))}))
            return 1
        page = json.loads(body)
        projects.extend(page["data"])
        if not page.get("has_more"):
            break
        after = page.get("last_id") or page["data"][-1]["id"]
    elapsed_ms = (time.perf_counter() - start) * 1000.0
    connection.close()
    print(json.dumps({"command": "baseline_list", "ms": elapsed_ms, "requests": requests,
                      "projects": len(projects),
                      "turnaround_median_ms": statistics.median(turnarounds) if turnarounds else 0,
                      "turnaround_total_ms": sum(turnarounds),
                      "round_trip_median_ms": statistics.median(round_trips),
                      "round_trip_total_ms": sum(round_trips)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
