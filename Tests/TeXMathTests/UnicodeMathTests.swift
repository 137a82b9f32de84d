import TeXMath
import Testing

@Suite struct UnicodeMathTests {
  @Test(arguments: [
    // Every formula of the notes, as written there.
    ("t", "t"),
    ("S_t", "Sₜ"),
    ("a_t \\in A", "aₜ ∈ A"),
    ("r_t", "rₜ"),
    ("S_{t+1}", "Sₜ₊₁"),
    ("R_t = SUM_{i=t}^{inf} r_i", "Rₜ = Σ_{i=t}^{∞} rᵢ"),
    ("\\gamma", "γ"),
    ("s", "s"),
    ("Q(s_t,a_t) = \\mathbb{E}[R_t | s_t, a_t]", "Q(sₜ,aₜ) = 𝔼[Rₜ | sₜ, aₜ]"),
    ("\\pi(s)", "π(s)"),
    ("\\pi(s) = argmax_a Q(s,a)", "π(s) = argmaxₐ Q(s,a)"),
    ("n(a|s)", "n(a|s)"),
    ("n(a|s_t)", "n(a|sₜ)"),
    ("\\delta_t=r_t+\\gamma V(s_{t+1}) - V(s_t)", "δₜ = rₜ + γV(sₜ₊₁) − V(sₜ)"),
    ("\\theta", "θ"),
    ("\\theta \\leftarrow \\theta + \\delta_t \\times ...", "θ ← θ + δₜ × ..."),
    // The TeX the lessons use.
    ("R_t = \\sum_{i=t}^{\\infty} \\gamma^{i-t} r_i", "Rₜ = Σ_{i=t}^{∞} γⁱ⁻ᵗ rᵢ"),
    ("\\gamma^i", "γⁱ"),
    ("\\pi(a \\mid s)", "π(a ∣ s)"),
    ("\\pi(s) = \\arg\\max_a Q(s,a)", "π(s) = argmaxₐ Q(s,a)"),
    ("\\frac{1}{2}", "1/2"),
    ("\\frac{a+b}{c}", "(a + b)/c"),
    // One token per argument, as in TeX: the random walk's true values.
    ("\\frac16, \\frac26, \\dots, \\frac56", "1/6, 2/6, …, 5/6"),
    ("x_12", "x₁2"),
    ("x_{\\max}", "x_{max}"),
    ("\\mathbb{E}_\\pi", "𝔼_π"),
    ("\\nabla_\\theta \\log \\pi_\\theta(a_t \\mid s_t)", "∇_θ log π_θ(aₜ ∣ sₜ)"),
    ("Q^*(s,a)", "Q*(s,a)"),
    ("V(s) \\leftarrow V(s) + \\alpha\\,\\delta", "V(s) ← V(s) + α δ"),
    ("\\epsilon", "ϵ"),
    ("-1", "−1"),
    ("\\hat{q}", "q̂"),
    ("\\sqrt{x+1}", "√(x + 1)"),
    ("\\text{if } x", "if x"),
    ("a_t \\in \\mathcal{A}", "aₜ ∈ 𝒜"),
    ("\\unknown{x}", "\\unknown x"),
  ])
  func rendersFormula(_ tex: String, _ expected: String) {
    #expect(UnicodeMath.render(tex) == expected)
  }

  @Test func toleratesUnbalancedInput() {
    #expect(UnicodeMath.render("x_{t") == "xₜ")
    #expect(UnicodeMath.render("}{^_\\").hasSuffix("\\"))
    #expect(UnicodeMath.render("") == "")
  }
}
