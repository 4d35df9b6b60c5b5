"""Throughput of the full newsgraph analysis against bare spaCy on the same texts.

Usage: python bench/throughput.py [--docs N] [--workers W] [--seeds ../shared/seeds] [--examples examples]

Both runs use the same model, the same texts (the seed reports and examples, repeated to N
documents, each made unique so nothing is cached) and the same number of processes: bare spaCy
through `nlp.pipe(n_process=W)`, newsgraph through its `ParallelAnalyzer` (W > 1) or `Analyzer`.
Prints documents/s, words/s, their ratio and the peak RSS of a process (the largest worker when
W > 1), then a final JSON line.
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


def measure(label: str, run, documents) -> dict:
    start = time.perf_counter()
    words = run(documents)
    seconds = time.perf_counter() - start
    result = {"run": label, "documents": len(documents), "words": words, "seconds": round(seconds, 2),
              "docs_per_s": round(len(documents) / seconds, 2), "words_per_s": round(words / seconds)}
    print(f"{label:10} {result['docs_per_s']:8.2f} docs/s {result['words_per_s']:8d} words/s "
          f"({len(documents)} docs, {words} words, {seconds:.1f} s)")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seeds", default=str(Path(__file__).resolve().parents[2] / "shared" / "seeds"))
    parser.add_argument("--examples", default=str(Path(__file__).resolve().parents[1] / "examples"))
    args = parser.parse_args()

    documents = load_documents([args.seeds, args.examples], args.docs)
    settings = Settings()
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
    spacy_result = measure("spacy", run_bare, documents)
    full_result = measure("newsgraph", run_full, documents)
    ratio = full_result["words_per_s"] / spacy_result["words_per_s"]
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak_mb = max(children, own) if args.workers > 1 else own
    words_per_doc = spacy_result["words"] / len(documents)
    print(f"ratio newsgraph/spacy {ratio:.2f}; peak RSS {peak_mb:.0f} MB per process "
          f"({'largest worker' if args.workers > 1 else 'one process'}); {words_per_doc:.0f} words/document")
    print(json.dumps({"workers": args.workers, "spacy": spacy_result, "newsgraph": full_result,
                      "ratio": round(ratio, 3), "peak_rss_mb": round(peak_mb), "words_per_doc": round(words_per_doc)}))
    if args.workers > 1:
        analyzer.close()


if __name__ == "__main__":
    main()
