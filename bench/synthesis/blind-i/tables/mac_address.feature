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
      | a1b2c3d4e5f6      | A1:B2:C3:D4:E5:F6 |
      | A1-B2-C3-D4-E5-F6 | A1:B2:C3:D4:E5:F6 |
      | 00:1a:2b:3c:4d:5e | 00:1A:2B:3C:4D:5E |
      | 001a.2b3c.4d5e    | 00:1A:2B:3C:4D:5E |
      | ff ff ff ff ff ff | FF:FF:FF:FF:FF:FF |
      | 0C:8B:FD:12:00:9A | 0C:8B:FD:12:00:9A |
      | b8-27-eb-4f-9c-01 | B8:27:EB:4F:9C:01 |
      | 3C5AB40781E2      | 3C:5A:B4:07:81:E2 |
