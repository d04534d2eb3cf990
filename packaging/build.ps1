# Build the one-folder Windows bundle: packaging\dist\parallax\parallax.exe (window) and parallax-cli.exe (console).
# Run from anywhere in PowerShell:  powershell -ExecutionPolicy Bypass -File packaging\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
$py = Resolve-Path .venv\Scripts\python.exe
& $py -m pip install -q -e ".[build]"  # Parallax and PyInstaller (the `build` extra)
Set-Location packaging
& $py -m PyInstaller parallax.spec --noconfirm --clean
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# Smoke test: the headless command must run from the bundle.
$tmp = New-Item -ItemType Directory -Path (Join-Path $env:TEMP ("parallax-" + [guid]::NewGuid()))
Set-Content -Encoding utf8 (Join-Path $tmp a.txt) "The Lorn bridge closed on Monday. Repairs will take six weeks."
Set-Content -Encoding utf8 (Join-Path $tmp b.txt) "The Lorn bridge closed on Monday. Repairs will take two months."
& dist\parallax\parallax-cli.exe compare (Join-Path $tmp a.txt) (Join-Path $tmp b.txt) --json (Join-Path $tmp out.json) --pdf (Join-Path $tmp out.pdf)
if ($LASTEXITCODE -ne 0) { throw "the bundled parallax-cli failed" }
Remove-Item -Recurse -Force $tmp
"{0:N0} MB" -f ((Get-ChildItem -Recurse dist\parallax | Measure-Object Length -Sum).Sum / 1MB)
