// The tests use every area of the package; these spare each file the same list.
global using PeerChallenge.Domain.Base;
global using PeerChallenge.Domain.Framework;
global using PeerChallenge.Domain.Organisations;
global using PeerChallenge.Domain.Privacy;
global using PeerChallenge.Domain.Provenance;
global using PeerChallenge.Domain.Serialization;
global using PeerChallenge.Domain.Team;
global using PeerChallenge.Domain.Timeline;
