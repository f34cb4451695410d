Feature: Bank details form

  Scenario Outline: showing the IBAN the customer typed
    Given the customer typed "<typed>"
    When the IBAN is formatted for display
    Then the form shows "<shown>"

    Examples:
      | typed                              | shown                              |
      | es9121000418450200051332           | ES91 2100 0418 4502 0005 1332      |
      | at61 1904 3002 3457 3201           | AT61 1904 3002 3457 3201           |
      | no93-8601-1117-947                 | NO93 8601 1117 947                 |
      | It60 X054 2811 1010 0000 0123 456  | IT60 X054 2811 1010 0000 0123 456  |
      | PL61 1090 1014 0000 0712 1981 2874 | PL61 1090 1014 0000 0712 1981 2874 |
      | dk50 0040-0440 1162 43             | DK50 0040 0440 1162 43             |
