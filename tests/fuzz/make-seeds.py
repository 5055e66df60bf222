#!/usr/bin/env python3
"""Writes the small seed corpus of tests/fuzz/corpus (run once; the files are committed).

Each seed is what a user or the project itself gives the reader: good files, files with typical
mistakes, other encodings. The first byte of a csv or json seed picks the variant (see FuzzTargets.h).
"""
import io, json, os, sys, zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
corpus = os.path.join(here, "corpus")


def put(target, name, data):
    d = os.path.join(corpus, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


header = "site,period_start,period_end,source_type,activity,quantity,unit\n"
good = header + ("CLK,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t\n"
                 "HQ,2024-02-01,2024-02-29,purchased_electricity,cn_2023_avg,100,MWh\n")
bad = header + ("NOPE,2024-01-01,2024-01-31,fuel_combustion,diesel,10,t\n"
                "CLK,2024-13-01,2024-01-31,fuel_combustion,diesel,-1,t\n"
                "CLK,2024-01-01,2025-01-31,fuel_combustion,diesel,1e400,kg\n")
chinese = ("站点,开始日期,结束日期,排放源类型,活动,数量,单位\n"
           "CLK,2024-03-01,2024-03-31,fuel_combustion,diesel,\"1,000\",t\n")
quoted = header + '"CLK","2024-01-01","2024-01-31","fuel_combustion","diesel","5","t"\r\n'

put("activity", "good.csv", good)
put("activity", "bad-rows.csv", bad)
put("activity", "chinese-header.csv", chinese)
put("activity", "gbk.csv", chinese.encode("gb18030"))
put("activity", "bom-crlf.csv", "\ufeff" + quoted)

put("csv", "comma", b"\x00" + good.encode())
put("csv", "semicolon", b"\x01" + good.replace(",", ";").encode())
put("csv", "quotes", b"\x00" + b'a,"b ""c"" d","e\nf"\r\n1,2,3\n')
put("csv", "gbk", b"\x02" + chinese.encode("gb18030"))
put("csv", "utf16", b"\x03" + ("\ufeff" + chinese).encode("utf-16-le"))
put("csv", "unterminated", b"\x00" + b'a,b\n"open,1\n')


def xlsx(sheets, shared, hidden=False):
    """A minimal workbook; entries are stored (not deflated) so the fuzzer mutates the XML itself."""
    b = io.BytesIO()
    z = zipfile.ZipFile(b, "w", zipfile.ZIP_STORED)
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    rels = "".join(f'<Relationship Id="rId{i+1}" Target="worksheets/sheet{i+1}.xml" '
                   'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
                   for i in range(len(sheets)))
    z.writestr("xl/_rels/workbook.xml.rels",
               f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
    state = ' state="hidden"'
    names = "".join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"{state if hidden and i == 0 else ""}/>'
                    for i, (n, _) in enumerate(sheets))
    z.writestr("xl/workbook.xml",
               '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               f'<sheets>{names}</sheets></workbook>')
    sst = "".join(f"<si><t>{s}</t></si>" for s in shared)
    z.writestr("xl/sharedStrings.xml",
               f'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sst}</sst>')
    for i, (_, rows) in enumerate(sheets):
        z.writestr(f"xl/worksheets/sheet{i+1}.xml",
                   '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   f"<sheetData>{rows}</sheetData></worksheet>")
    z.close()
    return b.getvalue()


rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>数量</t></is></c></row>'
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>45292</v></c><c r="C3"><v>1.5E3</v></c>'
        '<c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="str"><f>A3</f><v>CLK</v></c></row>')
put("xlsx", "two-sheets.xlsx", xlsx([("活动数据", rows), ("Sheet2", '<row r="1"><c r="A1"><v>1</v></c></row>')],
                                    ["site", "period_start", "CLK"]))
put("xlsx", "hidden-first.xlsx", xlsx([("hidden", ""), ("data", rows)], ["a", "b", "c"], hidden=True))

cat = json.load(open(os.path.join(root, "resources/catalogue/clause-catalogue.json"), encoding="utf-8"))
cat = {"clauses": cat["clauses"][:4], "record_types": cat.get("record_types", [])[:3]}
put("json", "catalogue", b"\x00" + json.dumps(cat, ensure_ascii=False).encode())
schemas = json.load(open(os.path.join(root, "resources/records/register-schemas.json"), encoding="utf-8"))
put("json", "schemas", b"\x01" + json.dumps({"schemas": schemas["schemas"][:1]}, ensure_ascii=False).encode())
guidance = json.load(open(os.path.join(root, "resources/records/readiness-guidance.json"), encoding="utf-8"))
put("json", "guidance", b"\x02" + json.dumps({k: (v[:2] if isinstance(v, list) else v) for k, v in guidance.items()},
                                               ensure_ascii=False).encode())
extra = sys.argv[1:]  # optional: a factor set JSON written by `cnms factors show`
if extra:
    put("json", "factor-set", b"\x03" + open(extra[0], "rb").read())
put("json", "organization", b"\x0a" + json.dumps({"name": "浙江水泥", "credit_code": "91330000000000000X",
                                                   "consolidation": "equity_share"}, ensure_ascii=False).encode())
put("json", "site", b"\x0b" + json.dumps({"id": 1, "code": "CLK", "name": "熟料厂", "equity_share_pct": 100.0}).encode())
put("json", "credit", b"\x07" + json.dumps({"registry": "CCER", "project_id": "P1", "vintage": 2023,
                                             "serial": "CN-1-100", "quantity_tco2e": 100, "status": "retired",
                                             "retirement_date": "2024-05-01"}).encode())
put("json", "register-record", b"\x0c" + json.dumps({"type": schemas["schemas"][0]["type"], "id": 1,
                                                      "fields": {"title": "x"}}).encode())
put("json", "refs", b"\x0f" + b'[{"type":"site","id":"1"}]')
put("json", "broken", b"\x03" + b'{"id": "x", "factors": [ {"unit": 1e999')
