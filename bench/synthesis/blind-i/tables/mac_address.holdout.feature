Feature: Device hardware addresses
  The router shows a device's hardware address as six pairs of upper-case hex
  digits joined by colons. People type the address with colons, dashes, dots,
  spaces or nothing between the digits, in upper or lower case.

  Scenario Outline: adding a device
    Given the address is typed as "<typed>"
    When the device is added
    Then the address is shown as "<shown>"

    Examples:
      | typed             | shown             |
      | d0.37.45.6a.bc.de | D0:37:45:6A:BC:DE |
      | 9caf.ca11.7e0b    | 9C:AF:CA:11:7E:0B |
      | 10-00-5a-fe-b3-77 | 10:00:5A:FE:B3:77 |
      | ab cd ef 01 23 45 | AB:CD:EF:01:23:45 |
      | f4f5e8000001      | F4:F5:E8:00:00:01 |
