# The editor's targets: `make site` builds site/, `make add FILE=… [ID=…]` adds an issue,
# `make check` lists what to look at. They set up .venv on first use with the run-time
# requirements (requirements.txt) and the `qikan` command (`.venv/bin/qikan`).
# The developer's: `make test` runs the whole suite tier by tier, `make test-fast` its unit
# tier; both add the test tools (requirements-test.txt) to .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
QIKAN := $(VENV)/bin/qikan
PIP := $(PY) -m pip install -q --disable-pip-version-check
# keyed on the files they install from: a changed pin reinstalls
SITE_STAMP := $(VENV)/.installed-site-$(shell cat requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat requirements.txt requirements-test.txt pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install site add check test test-fast browser clean

# --no-compile: Python compiles what a command imports on its first run; compiling every
# installed module ahead would add ~40 MB of .pyc for code qikan never loads
$(SITE_STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) --no-compile -r requirements.txt
	$(PIP) --no-compile --no-deps -e .
	rm -f $(VENV)/.installed-site-*
	touch $@

$(TEST_STAMP): $(SITE_STAMP) requirements-test.txt
	$(PIP) --no-compile -r requirements-test.txt
	rm -f $(VENV)/.installed-test-*
	touch $@

# the run-time requirements and the `qikan` command only (CI's build jobs)
install: $(SITE_STAMP)

site: $(SITE_STAMP)
	$(QIKAN) build

add: $(SITE_STAMP)
	@test -n "$(FILE)" || { echo "用法：make add FILE=新一期的文本文件 [ID=期的标识]" >&2; exit 2; }
	$(QIKAN) add "$(FILE)" $(if $(ID),--id "$(ID)")

check: $(SITE_STAMP)
	$(QIKAN) check $(ISSUE)

# Debian's Chromium (never a browser downloaded by a test tool) and CJK fonts for screenshots.
# apt-get as root, through sudo otherwise
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

# The tiers (tests/conftest.py gives every test exactly one) one after another, each with its
# line and its duration, the quick ones first (measured on the project's shared 2-core machine,
# two processes a tier, a clean clone, nothing else running: 1.4, 0.9, 1.7 and 3.3 minutes,
# 7.2 in all (session 16; 5.5-5.8 when the suite was smaller; docs/measurements.md);
# every tier runs even when one before it failed, and `make test` fails when any did.
# Each tier on two processes (pytest-xdist; the cores of this machine and of CI's runners), the
# tests of one file in one process (their module fixtures are built once), the files handed out
# in the order collected, the longest first (tests/conftest.py: LONG_FILES); TEST_WORKERS=0: one.
TEST_WORKERS ?= 2
XDIST := $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder)
# The tests' temporary folders (pytest's, and those of the builds they run) in memory, on
# /dev/shm, when it has 2 GB free (a tier writes up to 0.7 GB in 70,000 files, which pytest
# deletes at the end of a passing tier: pyproject.toml): on this machine's shared disk, writing
# and deleting them took from half a minute to a minute and a half a tier. TEST_TMPDIR= keeps
# them on disk, in the system's temporary folder.
TEST_TMPDIR ?= $(shell [ "$$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 {print $$4}')" -gt 2000000 ] 2>/dev/null && echo /dev/shm)
TIERS := unit:单元测试:3–4 slow:性质与规模测试:1–2 build:建站测试:3–4 browser:浏览器测试:4–5
TEST_MINUTES := 11–14
test: $(TEST_STAMP) browser
	@echo "make test：全部测试分 $(words $(TIERS)) 层依次运行，约 $(TEST_MINUTES) 分钟，视机器忙闲（只跑单元测试：make test-fast，约 3–4 分钟）"
	@failed=""; i=0; for tier in $(TIERS); do \
	  i=$$((i + 1)); mark=$${tier%%:*}; rest=$${tier#*:}; name=$${rest%%:*}; \
	  echo "第 $$i/$(words $(TIERS)) 层：$$name（约 $${rest#*:} 分钟）"; \
	  $(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR) )$(PY) -m pytest -q -m $$mark $(XDIST) || failed="$$failed $$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "未通过的层：$$failed（见上面各层的报告）" >&2; exit 1; fi; echo "全部 $(words $(TIERS)) 层通过"

test-fast: $(TEST_STAMP)
	$(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR) )$(PY) -m pytest -q -m unit $(XDIST)

clean:
	rm -rf site build dist
