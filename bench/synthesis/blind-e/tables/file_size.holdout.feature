Feature: Upload list

  Scenario Outline: size shown next to a file
    Given a file of <bytes> bytes
    When the size is shown
    Then it reads "<shown>"

    Examples:
      | bytes    | shown    |
      | 700      | 700 B    |
      | 2048     | 2.0 KB   |
      | 5000     | 4.9 KB   |
      | 250000   | 244.1 KB |
      | 2500000  | 2.4 MB   |
      | 20971520 | 20.0 MB  |
