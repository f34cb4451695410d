Feature: Release version numbers
  Versions are written major.minor.patch. A fix raises the patch number; a feature
  raises the minor number and sets the patch back to 0; a breaking change raises the
  major number and sets the other two back to 0. Each part is a whole number, so after
  patch 9 comes patch 10.

  Scenario Outline: the next version
    Given the current version is "<current>"
    And the release is a "<change>"
    When the next version is worked out
    Then the new version is "<next>"

    Examples:
      | current | change          | next   |
      | 1.4.2   | fix             | 1.4.3  |
      | 1.4.2   | feature         | 1.5.0  |
      | 1.4.2   | breaking change | 2.0.0  |
      | 0.9.9   | fix             | 0.9.10 |
      | 0.9.9   | feature         | 0.10.0 |
      | 2.10.7  | breaking change | 3.0.0  |
      | 3.0.0   | fix             | 3.0.1  |
      | 12.3.19 | feature         | 12.4.0 |
      | 0.1.0   | breaking change | 1.0.0  |
