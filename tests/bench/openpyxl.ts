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
