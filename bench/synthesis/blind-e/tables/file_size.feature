Feature: Upload list

  Scenario Outline: size shown next to a file
    Given a file of <bytes> bytes
    When the size is shown
    Then it reads "<shown>"

    Examples:
      | bytes   | shown   |
      | 0       | 0 B     |
      | 512     | 512 B   |
      | 1023    | 1023 B  |
      | 1024    | 1.0 KB  |
      | 1536    | 1.5 KB  |
      | 1800    | 1.8 KB  |
      | 100000  | 97.7 KB |
      | 1048576 | 1.0 MB  |
      | 3900000 | 3.7 MB  |
