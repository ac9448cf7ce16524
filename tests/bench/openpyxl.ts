// The import benchmarks' peer: Python's openpyxl in read-only mode, just reading an XLSX's rows (median of
// 3 runs). Run as `python3 -c openpyxlScript FILE`; prints "wall_ms cpu_ms peak_rss_mb rows" (rows include the header).
export const openpyxlScript = `
import resource, sys, time, warnings, openpyxl
warnings.simplefilter("ignore")
wall, cpu = [], []
for _ in range(3):
    started, cpu_started = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
    n = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        n += 1
    wb.close()
    wall.append(time.perf_counter() - started)
    cpu.append(time.process_time() - cpu_started)
print(sorted(wall)[1] * 1000, sorted(cpu)[1] * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n)
`;

// The inline-strings workbook, written by openpyxl itself (as pandas' to_excel does): `python3 -c
// openpyxlWriteScript CELLS.json OUT.xlsx`, where CELLS.json holds rows of strings, numbers, nulls and
// {serial, format} date cells (tests/support/xlsxWriter's TestCell).
export const openpyxlWriteScript = `
import datetime, json, sys, openpyxl
from openpyxl.cell import WriteOnlyCell
rows = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Form Responses 1")
epoch = datetime.datetime(1899, 12, 30)
def cell(value):
    if isinstance(value, dict):
        c = WriteOnlyCell(ws, value=epoch + datetime.timedelta(days=value["serial"]))
        c.number_format = "dd/mm/yyyy hh:mm:ss"
        return c
    return value
for row in rows:
    ws.append([cell(v) for v in row])
wb.save(sys.argv[2])
`;
