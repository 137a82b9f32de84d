"""Writes Gymnasium's transition tables as JSON fixtures for rlbook's tests.

Run with Gymnasium 1.4.0 installed (`pip install gymnasium==1.4.0`):

    python3 Tests/Fixtures/gymnasium/generate.py

Each file maps "state" -> "action" -> list of [probability, next_state, reward, terminated],
exactly as `env.unwrapped.P` holds them (probabilities written with repr(), which round-trips).
"""
import json
import pathlib

import gymnasium as gym

HERE = pathlib.Path(__file__).parent


def dump(name, env_id, **kwargs):
    env = gym.make(env_id, **kwargs)
    table = env.unwrapped.P
    out = {
        "gymnasium": gym.__version__,
        "env": env_id,
        "kwargs": kwargs,
        "P": [
            [[[repr(float(p)), int(s2), repr(float(r)), bool(t)] for (p, s2, r, t) in table[s][a]] for a in sorted(table[s])]
            for s in sorted(table)
        ],
    }
    # One state per line: small files with readable diffs.
    states = ",\n".join(json.dumps(row) for row in out.pop("P"))
    header = json.dumps(out)[:-1]
    (HERE / f"{name}.json").write_text(header + ', "P": [\n' + states + "\n]}\n")


dump("frozenlake-4x4", "FrozenLake-v1")
dump("frozenlake-8x8", "FrozenLake8x8-v1")
dump("frozenlake-4x4-not-slippery", "FrozenLake-v1", is_slippery=False)
dump("cliffwalking", "CliffWalking-v1")
dump("cliffwalking-slippery", "CliffWalking-v1", is_slippery=True)
