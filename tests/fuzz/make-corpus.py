#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The OrgDesk authors
# SPDX-License-Identifier: MIT
"""tests/fuzz/make-corpus.py [--build-dir DIR] [--no-build]

Regenerates the seed corpus of the fuzz targets, tests/fuzz/corpus/<target>/, from the real
answers of orgdesk-sandbox (files sandbox-*) and the examples of the API notes
(admin-projects-api.md, the seed description: files reference-*). It replaces only those
files: what fuzzing found (files named by their SHA-1) and the inputs of fixed findings
(regression-*) stay. Builds orgdesk-sandbox with the ci preset unless --no-build.

Each target reads its input as lines, then a body (tests/fuzz/fuzz_<target>.cpp):
  page     the request's `after` cursor, then the list body
  project  the body of a create, retrieve, modify or archive answer
  error    the HTTP status, the x-request-id, then the body
  retry    x-should-retry, retry-after-ms, retry-after, the retry number

The workspace targets (resources: the reader's name, the `after` cursor, then the body;
ratelimits: the `after` cursor, then the body) are not regenerated here: their seed files
(seed-* from the reference's examples, sandbox-* captured from orgdesk-sandbox with curl) are
kept as they are, like the inputs fuzzing found.
"""
import argparse
import http.client
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")
ADMIN_KEY = "sk-admin-sandbox-0123456789abcdef"  # SandboxServer::DefaultAdminKey
PROJECTS = "/v1/organization/projects"
GENERATED = ("sandbox-", "reference-")

# The seed description's example object, and the shapes admin-projects-api.md gives.
REFERENCE_PROJECT = {"id": "proj_abc", "object": "organization.project", "name": "Project example",
                     "created_at": 1711471533, "archived_at": None, "status": "active"}
REFERENCE_ARCHIVED = {"id": "proj_DyXPEbZner1LOzF9PSlHaKIi", "object": "organization.project",
                      "name": None, "created_at": 1711471533, "archived_at": 1711481533,
                      "status": None, "external_key_id": None, "geography": "EU_STORAGE_PROCESSING"}


class Sandbox:
    def __init__(self, executable):
        self.process = subprocess.Popen(
            [executable, "--port", "0", "--active", "8", "--archived", "3", "--seed", "7"],
            stdout=subprocess.PIPE, text=True)
        first = self.process.stdout.readline()  # "orgdesk-sandbox listening on http://HOST:PORT/v1"
        if "http://" not in first:
            raise SystemExit(f"the sandbox did not start: {first!r}")
        host_port = first.split("http://", 1)[1].split("/", 1)[0]
        self.host, port = host_port.rsplit(":", 1)
        self.port = int(port)

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def call(self, method, path, body=None, key=ADMIN_KEY):
        """(status, headers, body) of one request; a body cut off by a fault is kept as read."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body)
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        try:
            raw = response.read()
        except http.client.IncompleteRead as cut:
            raw = cut.partial
        connection.close()
        return response.status, response.headers, raw

    def body(self, method, path, body=None):
        return self.call(method, path, body)[2]

    def fault(self, **fault):
        self.call("POST", "/__sandbox/faults", fault, key=None)


def write(target, name, content):
    with open(os.path.join(CORPUS, target, name), "wb") as file:
        file.write(content if isinstance(content, bytes) else content.encode())


def page_input(after, body):
    return after.encode() + b"\n" + body


def error_input(status, headers, body):
    return f"{status}\n{headers.get('x-request-id', '')}\n".encode() + body


def retry_input(headers, retry):
    lines = [headers.get(name, "") for name in ("x-should-retry", "retry-after-ms", "retry-after")]
    return "\n".join(lines + [str(retry)]) + "\n"


def pages(sandbox):
    listing = f"{PROJECTS}?include_archived=true"
    first = sandbox.body("GET", f"{listing}&limit=4")
    write("page", "sandbox-first-page", page_input("", first))
    after = json.loads(first)["last_id"]
    second = sandbox.body("GET", f"{listing}&limit=4&after={after}")
    write("page", "sandbox-next-page", page_input(after, second))
    whole = sandbox.body("GET", f"{listing}&limit=100")
    write("page", "sandbox-whole-list", page_input("", whole))
    active = sandbox.body("GET", f"{PROJECTS}?limit=100")
    write("page", "sandbox-active-only", page_input("", active))
    last = json.loads(whole)["last_id"]
    empty = sandbox.body("GET", f"{listing}&after={last}")
    write("page", "sandbox-after-the-last", page_input(last, empty))
    for name, fault in (("truncated", {"kind": "truncated-json"}),
                        ("invalid-item", {"kind": "invalid-item"}),
                        ("html", {"kind": "html", "status": 502}),
                        ("empty-body", {"kind": "empty-body", "status": 200}),
                        ("drop-mid-body", {"kind": "drop-mid-body"})):
        sandbox.fault(method="GET", path=PROJECTS, **fault)
        body = sandbox.body("GET", f"{listing}&limit=3")
        write("page", f"sandbox-{name}", page_input("", body))

    envelope = {"object": "list", "data": [REFERENCE_PROJECT], "first_id": "proj_abc",
                "last_id": "proj_abc", "has_more": False}
    write("page", "reference-list", page_input("", json.dumps(envelope).encode()))
    # "Guard against a repeated or empty cursor": has_more with the cursor just sent.
    envelope["has_more"] = True
    write("page", "reference-repeated-cursor", page_input("proj_abc", json.dumps(envelope).encode()))
    # "falling back to the last item's id when last_id is missing"
    fallback = {"object": "list", "data": [REFERENCE_PROJECT, REFERENCE_ARCHIVED], "has_more": True}
    write("page", "reference-no-last-id", page_input("proj_abc", json.dumps(fallback).encode()))


def projects(sandbox):
    created = sandbox.body("POST", PROJECTS, {"name": "Fuzz seed — Überprüfung (EU)"})
    write("project", "sandbox-create", created)
    project = json.loads(created)["id"]
    renamed = sandbox.body("POST", f"{PROJECTS}/{project}", {"name": "Fuzz seed, renamed"})
    write("project", "sandbox-rename", renamed)
    archived = sandbox.body("POST", f"{PROJECTS}/{project}/archive")
    write("project", "sandbox-archive", archived)
    retrieved = sandbox.body("GET", f"{PROJECTS}/{project}")
    write("project", "sandbox-retrieve", retrieved)
    for name, fault in (("invalid-item", {"kind": "invalid-item"}),
                        ("truncated", {"kind": "truncated-json"})):
        sandbox.fault(method="GET", path=f"{PROJECTS}/{project}", **fault)
        body = sandbox.body("GET", f"{PROJECTS}/{project}")
        write("project", f"sandbox-{name}", body)
    write("project", "reference-project", json.dumps(REFERENCE_PROJECT, indent=4))
    write("project", "reference-archived-nulls", json.dumps(REFERENCE_ARCHIVED))
    return project


def errors(sandbox, archived_project):
    whole = sandbox.body("GET", f"{PROJECTS}?limit=100")
    default = json.loads(whole)["data"][-1]["id"]  # the oldest: the Default project
    requests = {
        "401-no-key": ("GET", PROJECTS, None, ""),
        "401-wrong-key": ("GET", PROJECTS, None, "sk-admin-wrong-key-000000000000"),
        "403-project-key": ("GET", PROJECTS, None, "sk-proj-abcdefghijklmnop"),
        "404-project": ("GET", f"{PROJECTS}/proj_doesnotexist", None, ADMIN_KEY),
        "404-route": ("GET", "/v1/organization/nothing", None, ADMIN_KEY),
        "405-method": ("DELETE", PROJECTS, None, ADMIN_KEY),
        "400-limit": ("GET", f"{PROJECTS}?limit=1000", None, ADMIN_KEY),
        "400-after": ("GET", f"{PROJECTS}?after=proj_unknown", None, ADMIN_KEY),
        "400-blank-name": ("POST", PROJECTS, {"name": "  "}, ADMIN_KEY),
        "400-default-project": ("POST", f"{PROJECTS}/{default}", {"name": "x"}, ADMIN_KEY),
        "400-project-archived": ("POST", f"{PROJECTS}/{archived_project}", {"name": "x"}, ADMIN_KEY),
    }
    for name, (method, path, body, key) in requests.items():
        status, headers, raw = sandbox.call(method, path, body, key=key)
        write("error", f"sandbox-{name}", error_input(status, headers, raw))
    for name, fault in (("500", {"kind": "status", "status": 500, "retry_after": 1}),
                        ("502-html", {"kind": "html", "status": 502}),
                        ("503-empty-body", {"kind": "empty-body", "status": 503}),
                        ("429", {"kind": "status", "status": 429})):
        sandbox.fault(method="GET", path=PROJECTS, **fault)
        status, headers, raw = sandbox.call("GET", PROJECTS)
        write("error", f"sandbox-{name}", error_input(status, headers, raw))
    # The service echoes a masked key when it refuses one.
    echo = {"error": {"message": "Incorrect API key provided: sk-admin-********************abcd. "
                                 "You can find your API key at https://platform.openai.com/account/api-keys.",
                      "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}
    write("error", "reference-401-key-echo", error_input(401, {"x-request-id": "req_abc"},
                                                         json.dumps(echo).encode()))


def retries(sandbox):
    faults = {
        "500-retry-after": ({"status": 500, "retry_after": 1}, 0),
        "503-retry-after-ms-should-retry-false": ({"status": 503, "retry_after_ms": 1500,
                                                   "should_retry": False}, 1),
        "408-should-retry-true": ({"status": 408, "should_retry": True}, 2),
        "529-retry-after-beyond-60s": ({"status": 529, "retry_after": 120}, 3),
    }
    for name, (fault, retry) in faults.items():
        sandbox.fault(kind="status", method="GET", path=PROJECTS, **fault)
        _, headers, _ = sandbox.call("GET", PROJECTS)
        write("retry", f"sandbox-{name}", retry_input(headers, retry))
    sandbox.call("POST", "/__sandbox/rate-limit", {"requests": 1, "window_ms": 30000, "retry_after": True}, key=None)
    sandbox.call("GET", PROJECTS)
    _, headers, _ = sandbox.call("GET", PROJECTS)
    write("retry", "sandbox-429-rate-limit", retry_input(headers, 1))
    sandbox.call("DELETE", "/__sandbox/rate-limit", key=None)
    # retry-after "seconds or HTTP date"; the fuzz target's clock reads 07:27:30 that day.
    write("retry", "reference-http-date", retry_input({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[2])
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build", "ci"))
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        env = dict(os.environ, CCACHE_BASEDIR=ROOT)
        subprocess.run(["cmake", "--preset", "ci"], cwd=ROOT, check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", "--preset", "ci", "--target", "orgdesk-sandbox"],
                       cwd=ROOT, check=True, env=env)

    for target in ("page", "project", "error", "retry"):
        os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
        for name in os.listdir(os.path.join(CORPUS, target)):
            if name.startswith(GENERATED):
                os.remove(os.path.join(CORPUS, target, name))

    sandbox = Sandbox(os.path.join(args.build_dir, "tests", "sandbox", "orgdesk-sandbox"))
    try:
        pages(sandbox)
        archived = projects(sandbox)
        errors(sandbox, archived)
        retries(sandbox)
    finally:
        sandbox.close()
    for target in sorted(os.listdir(CORPUS)):
        print(f"{target}: {len(os.listdir(os.path.join(CORPUS, target)))} files", file=sys.stderr)


if __name__ == "__main__":
    main()
