Feature: Name on a certificate
  Certificates show the first name as it is written, each middle name as its initial with
  a full stop, and the surname in capitals.

  Scenario Outline: printing a name on a certificate
    Given the full name is "<name>"
    When the certificate is printed
    Then the name on it reads "<printed>"

    Examples:
      | name                                      | printed                    |
      | Oliver James Smith                        | Oliver J. SMITH            |
      | Grace Okafor                              | Grace OKAFOR               |
      | Anna Maria Lucia Rossi                    | Anna M. L. ROSSI           |
      | Bo Li                                     | Bo LI                      |
      | Edward Thomas Henry George Arthur Windsor | Edward T. H. G. A. WINDSOR |
      | Hannah Louise Clarke-Reid                 | Hannah L. CLARKE-REID      |
