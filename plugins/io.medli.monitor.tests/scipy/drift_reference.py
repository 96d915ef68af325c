"""Drift statistics computed independently by SciPy, for DriftTest: reads cases (JSON) on stdin,
writes each case's figures (JSON) on stdout."""
import json
import sys

import numpy as np
from scipy import stats
from scipy.spatial import distance


def figures(case):
    a, b = np.array(case["a"], dtype=float), np.array(case["b"], dtype=float)
    p, q = np.array(case["p"], dtype=float), np.array(case["q"], dtype=float)
    chi2, pvalue, dof, _ = stats.chi2_contingency(np.array([p, q]))
    ps, qs = p / p.sum(), q / q.sum()
    ps, qs = np.maximum(ps, 1e-4), np.maximum(qs, 1e-4)
    return {
        "ks": float(stats.ks_2samp(a, b).statistic),
        "wasserstein": float(stats.wasserstein_distance(a, b)),
        "jensenShannon": float(distance.jensenshannon(p, q, base=2)),
        "hellinger": float(np.sqrt(max(0.0, 1 - np.sum(np.sqrt((p / p.sum()) * (q / q.sum())))))),
        "psi": float(np.sum((qs - ps) * np.log(qs / ps))),
        "lInfinity": float(np.max(np.abs(p / p.sum() - q / q.sum()))),
        "chi2": float(chi2),
        "chi2p": float(pvalue),
        "dof": int(dof),
        "skew": float(stats.skew(a)),
        "kurtosis": float(stats.kurtosis(a)),
        "std": float(np.std(a)),
        "power": [float(v) for v in np.abs(np.fft.rfft(np.array(case["s"], dtype=float))) ** 2],
    }


print(json.dumps([figures(c) for c in json.load(sys.stdin)]))
