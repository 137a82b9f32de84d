/// The TeX commands rlbook understands, and their Unicode.
enum TeXSymbols {
  static let greek: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ",
    "Psi": "Ψ", "Omega": "Ω",
  ]

  static let relations: [String: String] = [
    "leftarrow": "←", "gets": "←", "rightarrow": "→", "to": "→", "Leftarrow": "⇐",
    "Rightarrow": "⇒", "implies": "⇒", "leftrightarrow": "↔", "Leftrightarrow": "⇔",
    "iff": "⇔", "mapsto": "↦", "longleftarrow": "⟵", "longrightarrow": "⟶", "in": "∈",
    "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
    "equiv": "≡", "sim": "∼", "simeq": "≃", "propto": "∝", "doteq": "≐", "ll": "≪",
    "gg": "≫", "mid": "∣", "coloneqq": "≔", "triangleq": "≜",
  ]

  static let binaries: [String: String] = [
    "times": "×", "cdot": "·", "div": "÷", "pm": "±", "mp": "∓", "cup": "∪", "cap": "∩",
    "setminus": "∖", "land": "∧", "wedge": "∧", "lor": "∨", "vee": "∨", "circ": "∘",
    "bullet": "•", "star": "⋆", "ast": "∗", "oplus": "⊕", "otimes": "⊗",
  ]

  static let ordinaries: [String: String] = [
    "infty": "∞", "partial": "∂", "nabla": "∇", "forall": "∀", "exists": "∃", "emptyset": "∅",
    "varnothing": "∅", "neg": "¬", "lnot": "¬", "prime": "′", "ell": "ℓ", "hbar": "ℏ",
    "ldots": "…", "cdots": "⋯", "dots": "…", "vdots": "⋮", "ddots": "⋱", "vert": "|",
    "Vert": "‖", "|": "‖", "top": "⊤", "bot": "⊥", "angle": "∠", "checkmark": "✓",
  ]

  static let delimiters: [String: (String, MathClass)] = [
    "langle": ("⟨", .opening), "rangle": ("⟩", .closing), "lfloor": ("⌊", .opening),
    "rfloor": ("⌋", .closing), "lceil": ("⌈", .opening), "rceil": ("⌉", .closing),
    "lvert": ("|", .opening), "rvert": ("|", .closing), "lVert": ("‖", .opening),
    "rVert": ("‖", .closing), "{": ("{", .opening), "}": ("}", .closing),
  ]

  static let largeOperators: [String: String] = [
    "sum": "Σ", "prod": "Π", "coprod": "∐", "int": "∫", "oint": "∮", "iint": "∬",
    "bigcup": "⋃", "bigcap": "⋂",
  ]

  static let operatorNames: Set<String> = [
    "log", "ln", "exp", "max", "min", "argmax", "argmin", "sup", "inf", "lim", "sin", "cos",
    "tan", "det", "dim", "Pr", "var", "Var", "Cov", "sign", "softmax", "tanh", "arg",
  ]

  static let accents: [String: Unicode.Scalar] = [
    "hat": "\u{0302}", "widehat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}",
    "tilde": "\u{0303}", "widetilde": "\u{0303}", "dot": "\u{0307}", "ddot": "\u{0308}",
    "vec": "\u{20D7}",
  ]

  /// Explicit spacing commands and the text they stand for.
  static let spaces: [String: String] = [
    ",": " ", ":": " ", ";": " ", " ": " ", "quad": "  ", "qquad": "    ", "!": "",
    "enspace": " ", "thinspace": " ",
  ]

  /// Commands that only size the next delimiter; rendered as nothing.
  static let sizing: Set<String> = [
    "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "middle",
    "displaystyle", "textstyle", "limits", "nolimits",
  ]

  /// Words of the notes' plain-text math (`SUM_{i=t}^{inf}`) and what they mean.
  static let plainWords: [String: (String, MathClass)] = [
    "SUM": ("Σ", .largeOperator), "inf": ("∞", .ordinary), "infty": ("∞", .ordinary),
    "infinity": ("∞", .ordinary),
  ]

  /// `\mathbb{X}`: double-struck capitals.
  static func doubleStruck(_ text: String) -> String {
    let special: [Character: String] = [
      "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
    ]
    return String(
      text.flatMap { character -> String in
        if let mapped = special[character] { return mapped }
        guard let ascii = character.asciiValue else { return String(character) }
        switch ascii {
        case 65...90: return String(Character(Unicode.Scalar(0x1D538 + UInt32(ascii - 65))!))
        case 97...122: return String(Character(Unicode.Scalar(0x1D552 + UInt32(ascii - 97))!))
        case 48...57: return String(Character(Unicode.Scalar(0x1D7D8 + UInt32(ascii - 48))!))
        default: return String(character)
        }
      })
  }

  /// `\mathcal{X}`: script capitals.
  static func script(_ text: String) -> String {
    let special: [Character: String] = [
      "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
    ]
    return String(
      text.flatMap { character -> String in
        if let mapped = special[character] { return mapped }
        guard let ascii = character.asciiValue, (65...90).contains(ascii) else {
          return String(character)
        }
        return String(Character(Unicode.Scalar(0x1D49C + UInt32(ascii - 65))!))
      })
  }

  static let subscripts: [Character: Character] = [
    "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈",
    "9": "₉", "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ",
    "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ",
    "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ", "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ",
    "φ": "ᵩ", "ϕ": "ᵩ", "χ": "ᵪ",
  ]

  static let superscripts: [Character: Character] = [
    "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
    "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "a": "ᵃ", "b": "ᵇ",
    "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ", "k": "ᵏ",
    "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
    "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ", "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ",
    "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ", "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ",
    "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ", "W": "ᵂ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ",
    "θ": "ᶿ", "φ": "ᵠ", "ϕ": "ᵠ", "χ": "ᵡ", "*": "*", "∗": "*", "′": "′",
  ]
}
