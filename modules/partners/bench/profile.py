#!/usr/bin/env python3
"""Where a request's Java CPU goes: JFR execution samples of the request threads (http-thread-pool), each sample put in
the first category that one of its frames matches, walking from the request's entry towards the leaf is wrong for
'inclusive' costs, so the categories are checked from the most specific (leaf side) to the most general.

Usage: profile.py RECORDING.jfr   (JDK's jfr tool on the PATH)
"""
import collections
import json
import subprocess
import sys

# (label, frame prefixes): the first category with a matching frame, scanning the stack from the leaf, wins
CATEGORIES = [
    ("JSON-P provider look-up (ServiceLoader)", ["jakarta.json.spi.JsonProvider.provider"]),
    ("class loading / resources", ["java.lang.ClassLoader.loadClass", "java.lang.ClassLoader.getResource"]),
    ("JDBC driver (protocol, I/O)", ["org.postgresql."]),
    ("connection pool", ["com.sun.enterprise.resource.", "com.sun.gjc."]),
    ("token signature (RSA)", ["com.nimbusds.jose.crypto", "sun.security.rsa", "java.math.BigInteger"]),
    ("token parsing", ["com.nimbusds."]),
    ("audit hashing (SHA-256)", ["es.viogen.platform.control.AuditChain"]),
    ("JSON binding (Yasson)", ["org.eclipse.yasson."]),
    ("JSON-P parsing (Parsson)", ["org.eclipse.parsson."]),
    ("Bean Validation", ["org.hibernate.validator."]),
    ("JPA (EclipseLink)", ["org.eclipse.persistence."]),
    ("transactions (JTA)", ["com.sun.enterprise.transaction.", "com.sun.jts."]),
    ("CDI (Weld proxies, interceptors, events)", ["org.jboss.weld."]),
    ("JNDI look-ups", ["com.sun.enterprise.naming.", "javax.naming."]),
    ("JAX-RS (Jersey)", ["org.glassfish.jersey."]),
    ("security (Jakarta Security, Soteria)", ["org.glassfish.soteria.", "com.sun.enterprise.security."]),
    ("HTTP server (Grizzly, Catalina)", ["org.glassfish.grizzly.", "org.apache.catalina.", "org.apache.coyote."]),
    ("application code", ["es.viogen."]),
]


def frame_name(f):
    return f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]


def main():
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", "jdk.ExecutionSample",
                          sys.argv[1]], capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    cats = collections.Counter()
    app = collections.Counter()
    n = 0
    for e in events:
        v = e["values"]
        if not (v["sampledThread"]["javaName"] or "").startswith("http-thread-pool") or not v["stackTrace"]:
            continue
        frames = [frame_name(f) for f in v["stackTrace"]["frames"]]
        n += 1
        label = "other (JDK, Payara)"
        for fr in frames:
            hit = next((c for c, prefixes in CATEGORIES if any(fr.startswith(p) for p in prefixes)), None)
            if hit:
                label = hit
                break
        cats[label] += 1
        mine = [fr for fr in frames if fr.startswith("es.viogen.") and "$Proxy" not in fr and "$$" not in fr]
        if mine:
            app[mine[0]] += 1
    print(f"request-thread samples: {n}")
    for label, c in cats.most_common():
        print(f"  {100.0 * c / max(n, 1):5.1f} %  {label}")
    print("innermost application method of each sample (top 15):")
    for m, c in app.most_common(15):
        print(f"  {100.0 * c / max(n, 1):5.1f} %  {m}")


if __name__ == "__main__":
    main()
