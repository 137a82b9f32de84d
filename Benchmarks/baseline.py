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


class Adam:
    def __init__(self, params, lr, b1=0.9, b2=0.999, eps=1e-8):
        self.params, self.lr, self.b1, self.b2, self.eps = params, lr, b1, b2, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads):
        self.t += 1
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m[:] = self.b1 * m + (1 - self.b1) * g
            v[:] = self.b2 * v + (1 - self.b2) * g * g
            p -= self.lr * (m / (1 - self.b1**self.t)) / (np.sqrt(v / (1 - self.b2**self.t)) + self.eps)


def mlp(rng, sizes, output_scale=1.0):
    """tanh hidden layers, linear output; Xavier weights, zero biases (as rlbook's Network)."""
    params = []
    for i, (a, b) in enumerate(zip(sizes, sizes[1:])):
        last = i == len(sizes) - 2
        scale = (1 / a) ** 0.5 * output_scale if last else (2 / (a + b)) ** 0.5
        params += [rng.normal(0, scale, (b, a)), np.zeros(b)]
    return params


def forward(params, x):
    """Returns every layer's activations for a batch x (rows are samples)."""
    activations = [x]
    for i in range(0, len(params), 2):
        y = activations[-1] @ params[i].T + params[i + 1]
        activations.append(y if i == len(params) - 2 else np.tanh(y))
    return activations


def backward(params, activations, output_gradient):
    grads = [None] * len(params)
    delta = output_gradient
    for i in range(len(params) - 2, -1, -2):
        grads[i] = delta.T @ activations[i // 2]
        grads[i + 1] = delta.sum(axis=0)
        if i > 0:
            delta = (delta @ params[i]) * (1 - activations[i // 2] ** 2)
    return grads


def network_updates(sizes, samples, batch=1, optimizer="adam"):
    """Forward, backward and an optimiser step for a float32 tanh MLP with a linear
    output, in NumPy: one sample at a time in one-dimensional arrays (NumPy's
    fastest way for a single sample), or a minibatch as matrix products."""
    rng = np.random.default_rng(0)
    params = [p.astype(np.float32) for p in mlp(rng, sizes)]
    adam = Adam(params, 1e-3)
    layers = len(sizes) - 1
    start = time.perf_counter()
    for _ in range(samples // batch):
        if batch == 1:
            x = rng.uniform(-1, 1, sizes[0]).astype(np.float32)
            activations = [x]
            for layer in range(layers):
                z = params[2 * layer] @ activations[-1] + params[2 * layer + 1]
                activations.append(z if layer == layers - 1 else np.tanh(z))
            delta = np.zeros(sizes[-1], np.float32)
            delta[0] = activations[-1][0] - x[0]
            grads = [None] * len(params)
            for layer in reversed(range(layers)):
                grads[2 * layer] = np.outer(delta, activations[layer])
                grads[2 * layer + 1] = delta
                if layer > 0:
                    delta = (params[2 * layer].T @ delta) * (1 - activations[layer] ** 2)
        else:
            x = rng.uniform(-1, 1, (batch, sizes[0])).astype(np.float32)
            activations = forward(params, x)
            output_gradient = np.zeros((batch, sizes[-1]), np.float32)
            output_gradient[:, 0] = activations[-1][:, 0] - x[:, 0]
            grads = [g / batch for g in backward(params, activations, output_gradient)]
        if optimizer == "adam":
            adam.step(grads)
        else:
            for p, g in zip(params, grads):
                p -= 1e-3 * g
    shape = "-".join(map(str, sizes))
    label = "online updates" if batch == 1 else f"updates, batches of {batch}"
    suffix = "" if optimizer == "adam" else f" ({optimizer})"
    report(f"network {shape} {label}{suffix}", samples // batch * batch, "samples", time.perf_counter() - start)


def reinforce_solves_cartpole(seed=0, budget=500_000, time_limit=600):
    """REINFORCE as rlbook trains it by default: 4-32-2 tanh policy, a 4-32-1 value
    baseline, standardised advantages, Adam (lr 0.01) once per episode, γ 0.99;
    solved when the last 100 returns average at least 475."""
    env = gym.make("CartPole-v1")
    rng = np.random.default_rng(seed)
    policy = mlp(rng, [4, 32, 2], output_scale=0.1)
    critic = mlp(rng, [4, 32, 1])
    policy_adam, critic_adam = Adam(policy, 0.01), Adam(critic, 0.01)
    returns_log, steps = [], 0
    observation, _ = env.reset(seed=seed)
    start = time.perf_counter()
    while steps < budget and time.perf_counter() - start < time_limit:
        states, actions, rewards = [], [], []
        while True:
            x = np.asarray(observation, dtype=np.float64)
            logits = forward(policy, x[None, :])[-1][0]
            p = np.exp(logits - logits.max())
            p /= p.sum()
            action = int(rng.random() >= p[0])
            observation, reward, terminated, truncated, _ = env.step(action)
            states.append(x)
            actions.append(action)
            rewards.append(reward)
            steps += 1
            if terminated or truncated:
                observation, _ = env.reset()
                break
        returns_log.append(sum(rewards))
        g, running = np.zeros(len(rewards)), 0.0
        for t in range(len(rewards) - 1, -1, -1):
            running = rewards[t] + 0.99 * running
            g[t] = running
        x = np.array(states)
        n = len(rewards)
        critic_activations = forward(critic, x)
        values = critic_activations[-1][:, 0]
        critic_adam.step([gr / n for gr in backward(critic, critic_activations, (values - g)[:, None])])
        advantages = g - values
        if n > 1:
            advantages = (advantages - advantages.mean()) / (advantages.std() + 1e-8)
        policy_activations = forward(policy, x)
        logits = policy_activations[-1]
        pi = np.exp(logits - logits.max(axis=1, keepdims=True))
        pi /= pi.sum(axis=1, keepdims=True)
        onehot = np.zeros_like(pi)
        onehot[np.arange(n), actions] = 1
        output_gradient = advantages[:, None] * (pi - onehot)
        policy_adam.step([gr / n for gr in backward(policy, policy_activations, output_gradient)])
        if len(returns_log) >= 100 and np.mean(returns_log[-100:]) >= 475:
            break
    report(f"reinforce solves cartpole (seed {seed})", steps, "env steps", time.perf_counter() - start)


def dqn_solves_cartpole(seed=0, budget=500_000, time_limit=600):
    """Double DQN as rlbook trains it by default: a 4-32-2 tanh Q-network in float32,
    Adam (lr 0.001), γ 0.99, ε from 1 to 0.02 over 10,000 steps, a 50,000-transition
    replay buffer, minibatches of 32 every 2 steps once 1,000 are stored, the Huber
    loss, and a target network copied every 250 steps; solved when the last 100
    returns average at least 475."""
    env = gym.make("CartPole-v1")
    rng = np.random.default_rng(seed)
    online = [p.astype(np.float32) for p in mlp(rng, [4, 32, 2])]
    target = [p.copy() for p in online]
    adam = Adam(online, 0.001)
    capacity, batch = 50_000, 32
    states = np.zeros((capacity, 4), np.float32)
    next_states = np.zeros((capacity, 4), np.float32)
    actions = np.zeros(capacity, np.int64)
    rewards = np.zeros(capacity, np.float32)
    terminals = np.zeros(capacity, np.float32)
    stored, cursor, steps, returns_log = 0, 0, 0, []
    observation, _ = env.reset(seed=seed)
    total = 0.0
    start = time.perf_counter()
    while steps < budget and time.perf_counter() - start < time_limit:
        epsilon = 1 + min(steps / 10_000, 1) * (0.02 - 1)
        x = np.asarray(observation, dtype=np.float32)
        if rng.random() < epsilon:
            action = int(rng.integers(2))
        else:
            action = int(np.argmax(forward(online, x[None, :])[-1][0]))
        next_observation, reward, terminated, truncated, _ = env.step(action)
        total += reward
        steps += 1
        states[cursor], next_states[cursor] = x, next_observation
        actions[cursor], rewards[cursor], terminals[cursor] = action, reward, float(terminated)
        cursor = (cursor + 1) % capacity
        stored = min(stored + 1, capacity)
        if stored >= 1_000 and steps % 2 == 0:
            index = rng.integers(stored, size=batch)
            s, s2 = states[index], next_states[index]
            best = np.argmax(forward(online, s2)[-1], axis=1)
            bootstrap = forward(target, s2)[-1][np.arange(batch), best]
            y = rewards[index] + 0.99 * bootstrap * (1 - terminals[index])
            activations = forward(online, s)
            q = activations[-1]
            output_gradient = np.zeros_like(q)
            output_gradient[np.arange(batch), actions[index]] = np.clip(
                q[np.arange(batch), actions[index]] - y, -1, 1)
            adam.step([g / batch for g in backward(online, activations, output_gradient)])
        if steps % 250 == 0:
            target = [p.copy() for p in online]
        if terminated or truncated:
            returns_log.append(total)
            total = 0.0
            observation, _ = env.reset()
            if len(returns_log) >= 100 and np.mean(returns_log[-100:]) >= 475:
                break
        else:
            observation = next_observation
    report(f"dqn solves cartpole (seed {seed})", steps, "env steps", time.perf_counter() - start)


steps = 100_000
random_steps("frozenlake random steps", "FrozenLake-v1", steps)
random_steps("frozenlake 8x8 random steps", "FrozenLake8x8-v1", steps)
random_steps("cliff random steps", "CliffWalking-v1", steps)
random_steps("cartpole random steps", "CartPole-v1", steps)
random_steps("pendulum random steps", "Pendulum-v1", steps)
q_learning_frozenlake()
network_updates([4, 32, 2], 20_000)
network_updates([4, 32, 2], 100_000, batch=32)
network_updates([4, 64, 2], 20_000)
network_updates([4, 64, 64, 2], 20_000)
network_updates([4, 64, 64, 2], 20_000, optimizer="sgd")
network_updates([4, 64, 64, 2], 100_000, batch=32)
reinforce_solves_cartpole()
dqn_solves_cartpole()
