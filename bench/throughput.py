"""Throughput of the full newsgraph analysis against bare spaCy on the same texts.

Usage: python bench/throughput.py [--docs N] [--workers W] [--seeds ../shared/seeds] [--examples examples]

Both runs use the same model, the same texts (the seed reports and examples, repeated to N
documents, each made unique so nothing is cached) and the same number of processes: bare spaCy
through `nlp.pipe(n_process=W)`, newsgraph through its `ParallelAnalyzer` (W > 1) or `Analyzer`.
Prints documents/s, words/s, their ratio and the peak RSS of a process (the largest worker when
W > 1), then a final JSON line.

The two runs alternate in rounds (--rounds, default 4: a quarter of the documents bare, then the
same quarter through newsgraph, and so on), so a slow spell of a shared machine falls on both
sides instead of on one (with W > 1 bare spaCy restarts its workers on every call, so the runs
do not alternate). With one process the ratio is also given in CPU seconds, which a busy
neighbour on the host does not inflate; the wall-clock ratio stays the headline figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import spacy

from newsgraph.analysis import Analyzer
from newsgraph.analysis.parallel import ParallelAnalyzer
from newsgraph.analysis.pipeline import find_model
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.settings import Settings


def load_documents(sources: list[str], count: int):
    base = [item.document for item in read_sources(sources, ReadOptions(Settings())) if item.document]
    if not base:
        raise SystemExit("no documents to measure: check the paths")
    documents = []
    for i in range(count):
        doc = base[i % len(base)]
        documents.append(doc.model_copy(update={"text": f"{doc.text}\n\nCopy {i}."}))
    return documents


class Tally:
    """Documents, words, wall and CPU seconds of one side, summed over the rounds."""

    def __init__(self, label: str) -> None:
        self.label, self.documents, self.words, self.seconds, self.cpu = label, 0, 0, 0.0, 0.0

    def add(self, run, documents) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.words += run(documents)
        self.seconds += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu
        self.documents += len(documents)

    def result(self) -> dict:
        result = {"run": self.label, "documents": self.documents, "words": self.words,
                  "seconds": round(self.seconds, 2), "cpu_seconds": round(self.cpu, 2),
                  "docs_per_s": round(self.documents / self.seconds, 2),
                  "words_per_s": round(self.words / self.seconds)}
        print(f"{self.label:10} {result['docs_per_s']:8.2f} docs/s {result['words_per_s']:8d} words/s "
              f"({self.documents} docs, {self.words} words, {self.seconds:.1f} s, {self.cpu:.1f} s CPU)")
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=4, help="alternations of the two runs")
    parser.add_argument("--seeds", default=str(Path(__file__).resolve().parents[2] / "shared" / "seeds"))
    parser.add_argument("--examples", default=str(Path(__file__).resolve().parents[1] / "examples"))
    args = parser.parse_args()

    documents = load_documents([args.seeds, args.examples], args.docs)
    settings = Settings.from_env()  # NEWSGRAPH_BATCH_SIZE etc. apply, as they do for users
    bare = spacy.load(find_model(settings.model))
    if args.workers > 1:
        analyzer = ParallelAnalyzer(settings, args.workers)
    else:
        analyzer = Analyzer(settings)

    def run_bare(docs):
        return sum(sum(1 for t in d if not (t.is_punct or t.is_space))
                   for d in bare.pipe((x.text for x in docs), batch_size=settings.batch_size, n_process=args.workers))

    def run_full(docs):
        return sum(r.document.word_count for r in analyzer.analyze_many(docs))

    run_bare(documents[:5]), run_full(documents[: 5 * args.workers * 16])  # warm up both (workers load)
    bare_tally, full_tally = Tally("spacy"), Tally("newsgraph")
    # Bare spaCy starts its worker processes afresh on every call: with W > 1, one round only.
    rounds = max(1, args.rounds) if args.workers == 1 else 1
    share = -(-len(documents) // rounds)
    for start in range(0, len(documents), share):
        bare_tally.add(run_bare, documents[start:start + share])
        full_tally.add(run_full, documents[start:start + share])
    spacy_result, full_result = bare_tally.result(), full_tally.result()
    ratio = full_result["words_per_s"] / spacy_result["words_per_s"]
    cpu_ratio = bare_tally.cpu / full_tally.cpu if args.workers == 1 else None
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak_mb = max(children, own) if args.workers > 1 else own
    words_per_doc = spacy_result["words"] / len(documents)
    cpu_note = f" (CPU seconds: {cpu_ratio:.2f})" if cpu_ratio is not None else ""
    print(f"ratio newsgraph/spacy {ratio:.2f}{cpu_note}; peak RSS {peak_mb:.0f} MB per process "
          f"({'largest worker' if args.workers > 1 else 'one process'}); {words_per_doc:.0f} words/document")
    print(json.dumps({"workers": args.workers, "rounds": rounds, "spacy": spacy_result, "newsgraph": full_result,
                      "ratio": round(ratio, 3), "cpu_ratio": round(cpu_ratio, 3) if cpu_ratio is not None else None,
                      "peak_rss_mb": round(peak_mb), "words_per_doc": round(words_per_doc)}))
    if args.workers > 1:
        analyzer.close()


if __name__ == "__main__":
    main()
