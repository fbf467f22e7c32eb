WASHINGTON (CNN) -- Federal regulators on Tuesday proposed rules that would for the first time allow delivery drones to fly routinely over suburban neighborhoods beyond the sight of their operators, a change companies have lobbied for since the first test flights nearly a decade ago.

The draft, published by the Federal Aviation Administration, would require the aircraft to weigh less than 55 pounds including cargo, to broadcast a remote identification signal, and to fly no higher than 400 feet except when climbing over obstacles such as power lines and water towers.

Operators would also have to show that their drones can detect and avoid small crewed aircraft, including crop dusters and medical helicopters, without help from a human pilot.

"This is the moment the technology stops being a demonstration and starts being a service," said Renata Okafor, who directs a trade group representing drone makers and retailers. She said members hoped the final rule would be in place by the end of 2024.

Not everyone was enthusiastic. A coalition of neighborhood associations warned that the proposal said little about noise, and privacy advocates questioned what would happen to video recorded by the drones' navigation cameras.

"People did not move to a cul-de-sac to have a propeller hovering over the backyard at dinner time," said Dwight Halvorsen, a county commissioner in suburban Virginia who has held town hall meetings on the issue.

The agency said it would accept public comments for 90 days and hold hearings in four cities, including Dallas and Phoenix, where pilot programs have delivered prescriptions and groceries since 2021.

Members of the Senate Commerce Committee from both parties said they would examine the proposal closely, and one senator called for a separate study of how the flights would affect wildlife.

CNN's Alana Whitcombe contributed to this report.

@highlight

Proposal would let delivery drones fly beyond the sight of their operators

@highlight

Drones would have to detect and avoid small crewed aircraft on their own

@highlight

Neighborhood groups warn the draft says little about noise and privacy

@highlight

Public comment period will last 90 days, with hearings in four cities
