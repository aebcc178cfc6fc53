/// `roles`: each code and alias follows the role-code pattern and belongs to one role. Makes
/// the map from every code and alias to its role, which the teams and activities resolve with.
extension ValidationState {
    mutating func checkRoles() {
        var owner: [String: String] = [:]
        for (i, role) in roadmap.roles.enumerated() {
            for (j, code) in ([role.id] + role.aliases).enumerated() where !code.isEmpty {
                let location: DataLocation = j == 0 ? .element("roles", i, "id") : .element("roles", i, "aliases[\(j - 1)]")
                let name = Sanitized.inline(role.id)
                // A code outside the pattern is reported and left out, so that nothing resolves to it.
                guard findings.follows(.roleCode, code, location, id: name) else { continue }
                let key = code.lowercased()
                if let other = owner[key] {
                    findings.error(.duplicateRoleCode, location, id: name, "duplicate role code \"\(Sanitized.inline(code))\", already used by \(other)")
                    continue
                }
                owner[key] = j == 0 ? "roles[\(i)]" : "roles[\(i)] as an alias"
                roleOf[key] = role.id
            }
        }
    }
}
