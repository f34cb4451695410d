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
      | 5.2.9   | fix             | 5.2.10 |
      | 1.19.4  | feature         | 1.20.0 |
      | 9.0.3   | breaking change | 10.0.0 |
      | 0.0.1   | feature         | 0.1.0  |
      | 4.7.0   | fix             | 4.7.1  |
      | 2.99.99 | breaking change | 3.0.0  |
