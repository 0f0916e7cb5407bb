#!/usr/bin/env python3
"""Turns PostgreSQL's statement log of one complaint registration into a pgbench script that replays exactly those
statements, with the values that must differ per transaction varied.

Input: the log lines (log_statement=all, log_line_prefix '%m [%p] %a ') of the capture window; only lines of the
application (application_name 'viogen') are used. Statements are grouped into their transactions per backend and
replayed one transaction after another, in the order they began (a transaction the application ran on a second
connection while the first was open is replayed after it). Parameters are written in as literals, except:
  * values returned by nextval()/lastval() (ids, case numbers) come from the replayed statements themselves
    (\\gset), and every later literal equal to one of them (or ending in it, zero-padded: 'VG-2026-000145') refers
    to the replayed value;
  * the request's own unique values (given with --vary LITERAL=KIND) vary per transaction.
Usage: replay.py LOGFILE --psql 'psql -h ... -d viogen' [--vary 'CAPKEY=key' ...] > replay.sql
"""
import argparse
import re
import subprocess
import sys

LINE = re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+) \[(\d+)\] (\S*) (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING|NOTICE):  (.*)$')
STMT = re.compile(r'^(?:execute [^:]+|statement): (.*)$', re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
PLACEHOLDER = re.compile(r"\$(\d+)\b")


def parse(path):
    entries = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for raw in f:
            raw = raw.rstrip('\n')
            m = LINE.match(raw)
            if not m:
                if entries:
                    entries[-1]['text'] += '\n' + raw
                continue
            entries.append({'pid': m.group(2), 'app': m.group(3), 'kind': m.group(4), 'text': m.group(5)})
    stmts = []
    for e in entries:
        if e['app'] != 'viogen':
            continue
        if e['kind'] == 'LOG':
            m = STMT.match(e['text'])
            if m:
                stmts.append({'pid': e['pid'], 'sql': m.group(1).strip(), 'params': {}})
        elif e['kind'] == 'DETAIL' and e['text'].startswith('parameters:') and stmts:
            for p in PARAM.finditer(e['text']):
                stmts[-1]['params'][int(p.group(1))] = p.group(2)
    return stmts


def transactions(stmts):
    """Per backend: BEGIN ... COMMIT/ROLLBACK blocks, other statements alone; in the order they began."""
    open_tx = {}
    blocks = []
    for i, s in enumerate(stmts):
        sql = s['sql'].strip().rstrip(';').upper()
        pid = s['pid']
        if sql == 'BEGIN':
            open_tx[pid] = {'start': i, 'stmts': [s]}
            blocks.append(open_tx[pid])
        elif pid in open_tx:
            open_tx[pid]['stmts'].append(s)
            if sql in ('COMMIT', 'ROLLBACK'):
                del open_tx[pid]
        else:
            blocks.append({'start': i, 'stmts': [s]})
    for b in open_tx.values():
        b['stmts'].append({'pid': None, 'sql': 'COMMIT', 'params': {}})
    blocks.sort(key=lambda b: b['start'])
    return blocks


def rows_of(sql):
    """Rows of an INSERT ... VALUES (...), (...): tuples at depth 0 after VALUES."""
    m = re.search(r"(?is)\bVALUES\s*", sql)
    if not m:
        return 1
    depth, rows, quoted = 0, 0, False
    for ch in sql[m.end():]:
        if ch == "'":
            quoted = not quoted
        elif not quoted:
            if ch == '(':
                if depth == 0:
                    rows += 1
                depth += 1
            elif ch == ')':
                depth -= 1
            elif depth == 0 and ch not in ', \n\t':
                break
    return max(rows, 1)


def psql(cmd, query):
    return subprocess.run(cmd + ['-Atc', query], capture_output=True, text=True, check=True).stdout.strip()


def serial_columns(cmd):
    """table -> (column, sequence) for columns filled from a sequence by default."""
    out = psql(cmd, "SELECT table_schema || '.' || table_name, column_name, "
                    "pg_get_serial_sequence(table_schema || '.' || table_name, column_name) "
                    "FROM information_schema.columns WHERE (column_default LIKE 'nextval(%' OR is_identity = 'YES') "
                    "AND table_schema NOT IN ('pg_catalog', 'information_schema')")
    result = {}
    for line in out.splitlines():
        t, c, seq = line.split('|')
        if seq:
            result[t.lower()] = (c.lower(), seq)
    return result


INSERT = re.compile(r'^\s*INSERT\s+INTO\s+([\w.]+)(?:\s+AS\s+\w+)?\s*\(([^)]*)\)', re.I)
NEXTVAL = re.compile(r"nextval\('([\w.]+)'\)", re.I)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('log')
    ap.add_argument('--psql', required=True)
    ap.add_argument('--exclude', action='append', default=[],
                    help="REGEX: leave out transactions with a statement matching it (scheduled jobs in the window)")
    ap.add_argument('--vary', action='append', default=[],
                    help="LITERAL=key|dni|date: a value of the captured request to vary per transaction")
    args = ap.parse_args()
    cmd = args.psql.split()
    stmts = parse(args.log)
    if not stmts:
        sys.exit('no statements of the application in the log')
    serials = serial_columns(cmd)

    # 1. which statements advance which sequence, in order, to know the value each one produced in the capture
    events = []  # (stmt index, sequence)
    for i, s in enumerate(stmts):
        for seq in NEXTVAL.findall(s['sql']):
            events.append((i, seq if '.' in seq else 'public.' + seq))
        m = INSERT.match(s['sql'])
        if m:
            table = m.group(1).lower()
            cols = [c.strip().strip('"').lower() for c in m.group(2).split(',')]
            if table in serials and serials[table][0] not in cols:
                for _ in range(rows_of(s['sql'])):
                    events.append((i, serials[table][1]))
    counts = {}
    for _, seq in events:
        counts[seq] = counts.get(seq, 0) + 1
    last = {seq: int(psql(cmd, f"SELECT last_value FROM {seq}")) for seq in counts}
    seen = {}
    produced = []  # (stmt index, sequence, value)
    for i, seq in events:
        k = seen.get(seq, 0)
        seen[seq] = k + 1
        produced.append((i, seq, last[seq] - (counts[seq] - 1 - k)))

    # 2. variables: each nextval()/lastval() statement stores what it returns
    var_of_stmt = {}
    value_var = {}
    lastval_by_pid = {}
    prod_by_stmt = {}
    for i, seq, v in produced:
        prod_by_stmt.setdefault(i, []).append(v)
    for i, s in enumerate(stmts):
        sql = s['sql']
        if re.fullmatch(r"(?is)\s*select\s+nextval\('[\w.]+'\)\s*", sql):
            name = f"s{i}_"
            var_of_stmt[i] = name + 'nextval'
            value_var.setdefault(prod_by_stmt[i][0], var_of_stmt[i])
        elif re.fullmatch(r"(?is)\s*select\s+lastval\(\)\s*", sql):
            name = f"s{i}_"
            var_of_stmt[i] = name + 'lastval'
            if s['pid'] in lastval_by_pid:
                value_var.setdefault(lastval_by_pid[s['pid']], var_of_stmt[i])
        elif re.search(r"(?is)\bRETURNING\s+(\w+)\s*$", sql) and i in prod_by_stmt:
            # an INSERT ... RETURNING id of one or more rows: the ids in order, as one text variable
            var_of_stmt[i] = f"s{i}_ids"
            for k, v in enumerate(prod_by_stmt[i]):
                value_var.setdefault(v, f"s{i}_ids[{k + 1}]")
        if i in prod_by_stmt:
            lastval_by_pid[s['pid']] = prod_by_stmt[i][-1]
    small = {v for v in value_var if v < 1000}
    if small:
        print(f"-- note: generated values below 1000 ({sorted(small)}) are not traced (too easy to confuse)",
              file=sys.stderr)
        for v in small:
            del value_var[v]

    def ref(var):
        if '[' in var:
            name, k = var[:-1].split('[')
            return f"CAST((string_to_array(:{name}, ','))[{k}] AS bigint)"
        return f":{var}"

    varies = {}
    for spec in args.vary:
        lit, kind = spec.rsplit('=', 1)
        varies["'" + lit.replace("'", "''") + "'"] = kind

    def literal(value):
        if value == 'NULL':
            return 'NULL'
        if value in varies:
            kind = varies[value]
            inner = value[1:-1]
            if kind == 'key':
                return f"('{re.sub(r'[0-9]+$', '', inner)}' || CAST(:k AS text))"
            if kind == 'dni':
                letter = inner[-1]
                offset = sum(1 for x in varies if varies[x] == 'dni' and x < value)
                return f"(lpad(((CAST(:n AS bigint) + {offset}) % 100000000)::text, 8, '0') || '{letter}')"
            if kind == 'date':
                return "(date '1965-01-01' + CAST(:d AS integer))"
        inner = value[1:-1]
        if inner.isdigit() and int(inner) in value_var:
            return f"({ref(value_var[int(inner)])})"
        m = re.fullmatch(r"(.*?\D)(\d+)", inner, re.S)
        if m and int(m.group(2)) in value_var:
            digits = m.group(2)
            var = value_var[int(digits)]
            prefix = m.group(1).replace("'", "''")
            if len(digits) > len(str(int(digits))):
                return f"('{prefix}' || lpad(({ref(var)})::text, {len(digits)}, '0'))"
            return f"('{prefix}' || ({ref(var)})::text)"
        return colon_safe(value)

    def colon_safe(value):
        """pgbench takes ':name' anywhere in a statement, inside string literals too, for a variable (a JSON body's
        '"attached":false' became a parameter): such a colon is written as chr(58)."""
        if not (value.startswith("'") and re.search(r":[A-Za-z_]", value)):
            return value
        parts = re.split(r":(?=[A-Za-z_])", value[1:-1])
        return "(" + " || chr(58) || ".join("'" + part + "'" for part in parts) + ")"

    out = ["-- generated by replay.py from the statement log of one registration; do not edit",
           "\\set k random(1, 1000000000000)",
           "\\set n random(10000000, 99999999)",
           "\\set d random(0, 839)"]
    count = 0
    index = {id(s): i for i, s in enumerate(stmts)}
    blocks = [b for b in transactions(stmts)
              if not any(re.search(x, st['sql']) for x in args.exclude for st in b['stmts'])]
    for b in blocks:
        for s in b['stmts']:
            i = index.get(id(s))
            sql = PLACEHOLDER.sub(lambda m: literal(s['params'].get(int(m.group(1)), 'NULL')), s['sql'])
            sql = ' '.join(sql.split())
            if i in var_of_stmt and var_of_stmt[i].endswith('_ids'):
                col = re.search(r"(?is)\bRETURNING\s+(\w+)\s*$", sql).group(1)
                sql = (f"WITH ins AS ({sql}) SELECT string_agg({col}::text, ',' ORDER BY {col}) AS ids FROM ins"
                       f" \\gset s{i}_")
            elif i in var_of_stmt:
                sql += f" \\gset s{i}_"
            else:
                sql += ';'
            out.append(sql)
            count += 1
    out.insert(1, f"-- {count} statements in {len(blocks)} transactions or single statements")
    print('\n'.join(out))


if __name__ == '__main__':
    main()
