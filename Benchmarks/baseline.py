"""The workloads of `rlbook-bench`, with Gymnasium and NumPy, for comparison.

Prints one line per workload: name, work done, unit, seconds (tab-separated).
Run by `swift run -c release rlbook-bench --compare`; needs gymnasium and numpy.
Step counts are smaller than rlbook's (Python is slower); rates are comparable.
"""
import time

import gymnasium as gym
import numpy as np


def report(name, work, unit, seconds):
    print(f"{name}\t{work}\t{unit}\t{seconds}", flush=True)


def random_steps(name, env_id, steps, **kwargs):
    env = gym.make(env_id, **kwargs)
    rng = np.random.default_rng(1)
    env.reset(seed=1)
    n = env.action_space.n if hasattr(env.action_space, "n") else None
    start = time.perf_counter()
    for _ in range(steps):
        action = int(rng.integers(n)) if n else rng.uniform(-2, 2, size=(1,)).astype(np.float32)
        _, _, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            env.reset()
    report(name, steps, "steps", time.perf_counter() - start)


def q_learning_frozenlake(episodes=2_000):
    env = gym.make("FrozenLake8x8-v1")
    rng = np.random.default_rng(0)
    q = np.zeros((64, 4))
    alpha, gamma, epsilon = 0.1, 0.99, 0.1
    total = 0
    start = time.perf_counter()
    for _ in range(episodes):
        state, _ = env.reset()
        while True:
            if rng.random() < epsilon:
                action = int(rng.integers(4))
            else:
                row = q[state]
                action = int(rng.choice(np.flatnonzero(row == row.max())))
            next_state, reward, terminated, truncated, _ = env.step(action)
            target = reward if terminated else reward + gamma * q[next_state].max()
            q[state, action] += alpha * (target - q[state, action])
            total += 1
            state = next_state
            if terminated or truncated:
                break
    report("q-learning frozenlake 8x8 (20000 episodes)", total, "training steps", time.perf_counter() - start)


def network_updates(sizes, samples, batch=1):
    """Forward, backward and Adam for a tanh MLP with a linear output, in NumPy."""
    rng = np.random.default_rng(0)
    weights = [rng.normal(0, (2 / (a + b)) ** 0.5, (b, a)) for a, b in zip(sizes, sizes[1:])]
    biases = [np.zeros(b) for b in sizes[1:]]
    params = weights + biases
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    grads = [np.zeros_like(p) for p in params]
    lr, b1, b2, eps, t = 1e-3, 0.9, 0.999, 1e-8, 0
    start = time.perf_counter()
    for sample in range(samples):
        x = rng.uniform(-1, 1, sizes[0])
        activations = [x]
        for layer, (w, b) in enumerate(zip(weights, biases)):
            z = w @ activations[-1] + b
            activations.append(z if layer == len(weights) - 1 else np.tanh(z))
        delta = np.zeros(sizes[-1])
        delta[0] = activations[-1][0] - x[0]
        for layer in reversed(range(len(weights))):
            grads[layer] += np.outer(delta, activations[layer])
            grads[len(weights) + layer] += delta
            if layer > 0:
                delta = (weights[layer].T @ delta) * (1 - activations[layer] ** 2)
        if (sample + 1) % batch == 0:
            t += 1
            for p, g, mi, vi in zip(params, grads, m, v):
                g /= batch
                mi[:] = b1 * mi + (1 - b1) * g
                vi[:] = b2 * vi + (1 - b2) * g * g
                p -= lr * (mi / (1 - b1**t)) / (np.sqrt(vi / (1 - b2**t)) + eps)
                g[:] = 0
    shape = "-".join(map(str, sizes))
    label = "online updates" if batch == 1 else f"updates, batches of {batch}"
    report(f"network {shape} {label}", samples, "samples", time.perf_counter() - start)


steps = 100_000
random_steps("frozenlake random steps", "FrozenLake-v1", steps)
random_steps("frozenlake 8x8 random steps", "FrozenLake8x8-v1", steps)
random_steps("cliff random steps", "CliffWalking-v1", steps)
random_steps("cartpole random steps", "CartPole-v1", steps)
random_steps("pendulum random steps", "Pendulum-v1", steps)
q_learning_frozenlake()
network_updates([4, 64, 64, 2], 20_000)
network_updates([4, 64, 64, 2], 20_000, batch=32)
network_updates([4, 32, 2], 20_000)
