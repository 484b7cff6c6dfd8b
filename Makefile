# entente: the two commands of the quick start, and a few more for development.
.PHONY: all setup demo test debug bench fuzz format clean

all: setup

# Installs packages if any are missing, then builds build/entente (incremental).
setup:
	./setup.sh

# The main job on the bundled example articles.
demo: setup
	./scripts/demo.sh

# Every test, through ctest.
test: setup
	ctest --test-dir build --output-on-failure -j2

# Sanitizer build (ASan + UBSan) and its tests.
debug: setup
	cmake --preset debug >/dev/null && cmake --build build-debug && ctest --test-dir build-debug --output-on-failure -j2

bench: setup
	./build/bench/ent_bench --benchmark_min_time=0.5
	./build/bench/ent_tag_bench --benchmark_min_time=0.5
	./build/bench/ent_pipeline_bench --benchmark_min_time=1
	./bench/corpus_run.sh

# libFuzzer targets (clang, ASan + UBSan): ingest+segment for 60 s, the parsers for 30 s.
fuzz: setup
	cmake --preset fuzz >/dev/null && cmake --build build-fuzz
	mkdir -p build-fuzz/corpus/ingest_segment build-fuzz/corpus/dict_parse build-fuzz/corpus/treebank
	# New inputs go to the first (build) folder; the seed corpus in fuzz/ stays as committed.
	./build-fuzz/fuzz/ingest_segment_fuzzer -max_total_time=60 build-fuzz/corpus/ingest_segment fuzz/corpus/ingest_segment
	./build-fuzz/fuzz/dict_parse_fuzzer -max_total_time=30 build-fuzz/corpus/dict_parse fuzz/corpus/dict_parse
	./build-fuzz/fuzz/treebank_fuzzer -max_total_time=30 build-fuzz/corpus/treebank fuzz/corpus/treebank

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build build-debug build-tsan build-fuzz
